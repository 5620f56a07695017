package org.gridgov.rules.fact;

/**
 * Asks the list-cycle tables to state what they define: the order in which providers are asked for
 * resources, the weights of the agenda score, the capacity of a joint meeting and the time limits
 * and milestones of each project kind. The list cycle inserts it alone, so that these tables can be
 * edited like any other table.
 */
public record CycleRequest() {}
