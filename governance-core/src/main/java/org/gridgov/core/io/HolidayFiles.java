package org.gridgov.core.io;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.gridgov.core.calendar.HolidayTable;

/**
 * Reads official holiday years from a file in any of the formats the library knows, told by the
 * file name: iCalendar for {@code .ics} ({@link HolidayCalendarIcs}), JSON otherwise, either the
 * project's calendar format or holiday-cn's ({@link WorkingCalendarJson}). A host loads the table
 * it returns into a calendar with {@link
 * org.gridgov.core.calendar.WorkingCalendar#withOfficialYears}.
 */
public final class HolidayFiles {

  private HolidayFiles() {}

  /**
   * Reads a file.
   *
   * @param file a {@code .ics} or JSON file
   * @return the years it lists, checked
   * @throws JsonLoadException if a JSON file is not a valid calendar, with its JSON path and line
   * @throws IcsLoadException if an iCalendar file is not a valid year, with its line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static HolidayTable read(Path file) {
    Objects.requireNonNull(file, "file");
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ics")) {
      return WorkingCalendarJson.read(file);
    }
    byte[] content;
    try {
      content = InputFiles.read(file, WorkingCalendarJson.MAX_FILE_BYTES, "an iCalendar file");
    } catch (JsonLoadException e) {
      throw new IcsLoadException(file.toString(), 0, e.problems().get(0).message());
    }
    return HolidayCalendarIcs.read(new ByteArrayInputStream(content), file.toString());
  }
}
