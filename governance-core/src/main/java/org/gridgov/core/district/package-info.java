/**
 * A whole district at one moment: its territory, organisations, people, posts, lists, work orders
 * and meetings, gathered in one {@link org.gridgov.core.district.DistrictSnapshot}.
 *
 * <p>This package sits on top of every other domain package and nothing in the domain depends on
 * it; {@code org.gridgov.core.io} reads and writes snapshots as JSON.
 */
package org.gridgov.core.district;
