package org.gridgov.examples.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridgov.core.calendar.HolidayTable;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;
import org.gridgov.core.io.HolidayFiles;
import org.gridgov.core.io.IcsLoadException;
import org.gridgov.core.io.JsonLoadException;
import org.gridgov.core.io.WorkingCalendarJson;
import org.gridgov.examples.text.Texts;

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
  static final class Refused extends Exception implements Describable {
    private static final long serialVersionUID = 1L;

    /** What the file's reader said, in the reader's language; not serialized. */
    private final transient Describable what;

    Refused(String message) {
      super(message);
      this.what = null;
    }

    Refused(Describable what) {
      super(what.describe(Locale.ENGLISH));
      this.what = what;
    }

    @Override
    public String describe(Locale locale) {
      return what == null ? getMessage() : what.describe(locale);
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
      } catch (JsonLoadException e) {
        throw new Refused((Describable) e);
      } catch (IcsLoadException e) {
        throw new Refused(e);
      } catch (UncheckedIOException e) {
        throw new Refused(
            (Describable)
                locale -> Texts.in(locale).get("arg.cannotRead", file, e.getCause().getMessage()));
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
        Message why = org.gridgov.core.common.Refused.textOf(e);
        throw new Refused((Describable) locale -> years.source() + ": " + why.render(locale));
      }
    }
    return calendar;
  }
}
