/**
 * Organisations: Party organisations and the community's joint Party committee ("1+X" 大党委),
 * district units and their pairing (包联) with communities, self-governing organisations, and the two
 * teams of a grid.
 *
 * <p>Direction: this package depends on {@code territory} and {@code common} only. Types that name
 * a person (the first secretary, the members of a volunteer team) live in {@code people}, which
 * depends on this package, so that this package never needs a person id. Aggregates refer to each
 * other by id. Every type here is immutable and safe to share between threads.
 */
package org.gridgov.core.organisation;
