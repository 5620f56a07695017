/**
 * The facts rules read: immutable records the concerns make from the domain, such as a {@link
 * org.gridgov.rules.fact.RoutingCase} for an order to route, an {@link
 * org.gridgov.rules.fact.OpenOrder} for the escalation sweep or a {@link
 * org.gridgov.rules.fact.GridPerformance} for evaluation, and the requests that ask the catalogue
 * rules what they define ({@link org.gridgov.rules.fact.CatalogueRequest}, {@link
 * org.gridgov.rules.fact.SlaQuery}).
 *
 * <p>This package is on the default allow-list of integrator rule files: what is public here is
 * what rules may use. Its sub-package {@code org.gridgov.rules.fact.trace} is not.
 */
package org.gridgov.rules.fact;
