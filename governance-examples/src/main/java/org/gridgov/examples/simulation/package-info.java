/**
 * A year of demands in a populated district: reported, routed, dispatched, done, escalated when
 * late, rated and closed, with the ledger and KPI figures at the end of the year.
 */
package org.gridgov.examples.simulation;
