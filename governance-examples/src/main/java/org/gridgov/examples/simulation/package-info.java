/**
 * A year of demands in a populated district: reported, routed, dispatched, done, escalated when
 * late, rated and closed; the communities' quarterly joint meetings and the residents' consultation
 * meetings; the evaluation rules' weak grids and service stars for each quarter; the ledger, KPI
 * figures and refused transitions at the end of the year, and the report of it all.
 */
package org.gridgov.examples.simulation;
