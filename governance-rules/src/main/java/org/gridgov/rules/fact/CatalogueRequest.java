package org.gridgov.rules.fact;

/**
 * Asks the catalogue rules to state what they define: the categories and their attributes, the time
 * limits per category and urgency, the weights of the grid score. The engine inserts it once when
 * it loads its rules, so that tables of definitions can be edited like any other table.
 */
public record CatalogueRequest() {}
