package org.gridgov.examples.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.calendar.HolidayTable;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.io.HolidayFiles;
import org.gridgov.core.io.IcsLoadException;
import org.gridgov.core.io.JsonLoadException;
import org.gridgov.core.io.WorkingCalendarJson;

/**
 * The {@code --holidays FILE} option the commands share: official holiday years read from
 * holiday-cn JSON, the project's calendar JSON or iCalendar files, loaded in order after the
 * shipped table.
 */
final class HolidayFilesOption {

  /** The option's description. */
  static final String DESCRIPTION =
      "official holidays of further years (holiday-cn JSON, calendar JSON or .ics), in place of"
          + " their provisional days; repeat for several years";

  private HolidayFilesOption() {}

  /** Why a file was refused, for the command to print; null if all were read. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * Reads the files.
   *
   * @param files the files, maybe none
   * @return their tables, in order
   * @throws Refused with the file's problem and its location
   */
  static List<HolidayTable> read(List<Path> files) throws Refused {
    List<HolidayTable> tables = new ArrayList<>();
    for (Path file : files) {
      try {
        tables.add(HolidayFiles.read(file));
      } catch (JsonLoadException | IcsLoadException e) {
        throw new Refused(e.getMessage());
      } catch (UncheckedIOException e) {
        throw new Refused("cannot read " + file + ": " + e.getCause().getMessage());
      }
    }
    return tables;
  }

  /**
   * The shipped calendar with the files' years loaded.
   *
   * @param files the files, maybe none
   * @return the calendar
   * @throws Refused if a file is refused or leaves a gap after the official table
   */
  static WorkingCalendar calendar(List<Path> files) throws Refused {
    WorkingCalendar calendar = WorkingCalendarJson.chinaDefault();
    for (HolidayTable years : read(files)) {
      try {
        calendar = calendar.withOfficialYears(years);
      } catch (IllegalArgumentException e) {
        throw new Refused(years.source() + ": " + e.getMessage());
      }
    }
    return calendar;
  }
}
