/**
 * The working calendar: Chinese working days, office hours and deadline arithmetic for the time
 * limits of work orders, plus the quarters and periods figures are reckoned over.
 *
 * <p>{@link org.gridgov.core.calendar.WorkingCalendar} is the entry point. It is made from a {@link
 * org.gridgov.core.calendar.HolidayTable} of public holidays and adjusted working days (调休) for
 * whole years; {@code org.gridgov.core.io.WorkingCalendarJson} reads one from JSON and ships the
 * table for 2004–2026. Years after the table are provisional by default: {@link
 * org.gridgov.core.calendar.StatutoryHolidays} derives their statutory holidays from the {@link
 * org.gridgov.core.calendar.HolidayRegulation} in force each year. A host may instead choose {@link
 * org.gridgov.core.calendar.BeyondCoverage#REFUSE} or {@link
 * org.gridgov.core.calendar.BeyondCoverage#WEEKENDS_ONLY}.
 *
 * <p>This package depends on the JDK alone; it never reads the clock, and reads no file but its own
 * shipped table of festival dates from the class path.
 */
package org.gridgov.core.calendar;
