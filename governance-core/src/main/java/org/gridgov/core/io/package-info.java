/**
 * Reading and writing the domain as files, the one package of governance-core that uses Jackson:
 * district snapshots ({@link org.gridgov.core.io.DistrictSnapshotJson}), administrative hierarchies
 * ({@link org.gridgov.core.io.HierarchyJson}), the national territory in JSON Lines ({@link
 * org.gridgov.core.io.NationalTerritoryJsonl}), residents' reports ({@link
 * org.gridgov.core.io.ReportJson}), working calendars and official holiday files ({@link
 * org.gridgov.core.io.WorkingCalendarJson}, {@link org.gridgov.core.io.HolidayFiles}, {@link
 * org.gridgov.core.io.HolidayCalendarIcs}) and the append-only journal of work-order events ({@link
 * org.gridgov.core.io.WorkOrderJournal}).
 *
 * <p>Every reader treats its input as hostile: it bounds what it reads before reading, refuses
 * invalid UTF-8 and duplicate keys, and reports a problem with its file, its JSON path or line and
 * the offending value ({@link org.gridgov.core.io.JsonLoadException}), leaving nothing half-read.
 * Every writer writes atomically ({@link org.gridgov.core.io.AtomicFiles}).
 */
package org.gridgov.core.io;
