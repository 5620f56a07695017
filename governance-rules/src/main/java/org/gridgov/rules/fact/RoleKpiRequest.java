package org.gridgov.rules.fact;

/**
 * Asks the role-KPI table for its limits, such as the time within which a dispatch is on time. The
 * evaluation inserts it alone when it computes role KPIs.
 */
public record RoleKpiRequest() {}
