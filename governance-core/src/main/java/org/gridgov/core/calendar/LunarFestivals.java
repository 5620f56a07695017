package org.gridgov.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The shipped table of {@link FestivalDates} for {@value #FIRST_YEAR}–{@value #LAST_YEAR},
 * generated with ICU4J (see {@code SOURCE.md} beside the resource) and read once from the class
 * path. The table is plain text so that its diff shows what changed when it is regenerated: lines
 * starting with {@code #} are comments, every other line is a year and its four dates separated by
 * tabs, years in order without gaps.
 */
final class LunarFestivals {

  /** The class-path resource of the table. */
  static final String RESOURCE = "/org/gridgov/core/calendar/cn-festivals.tsv";

  /** The first year of the table. */
  static final int FIRST_YEAR = 1901;

  /** The last year of the table. */
  static final int LAST_YEAR = 2100;

  private LunarFestivals() {}

  /**
   * The festival dates of a year of the table.
   *
   * @param year a year from {@value #FIRST_YEAR} to {@value #LAST_YEAR}
   * @return its festival dates
   * @throws IllegalArgumentException for another year
   */
  static FestivalDates of(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "the lunar festivals are known for "
              + FIRST_YEAR
              + "–"
              + LAST_YEAR
              + ", got the year "
              + year);
    }
    return Table.YEARS.get(year - FIRST_YEAR);
  }

  /** Reads the table on first use. */
  private static final class Table {
    static final List<FestivalDates> YEARS = read();
  }

  private static List<FestivalDates> read() {
    try (InputStream in = LunarFestivals.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the shipped lunar festival table " + RESOURCE + " is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped lunar festival table", e);
    }
  }

  /** Parses the table, refusing a line that breaks the format with its number. */
  static List<FestivalDates> parse(BufferedReader reader) throws IOException {
    List<FestivalDates> years = new ArrayList<>(LAST_YEAR - FIRST_YEAR + 1);
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      int expected = FIRST_YEAR + years.size();
      try {
        if (fields.length != 5) {
          throw new IllegalArgumentException("a line has a year and four dates, got " + line);
        }
        int year = Integer.parseInt(fields[0]);
        if (year != expected) {
          throw new IllegalArgumentException("the year " + expected + " is expected, got " + year);
        }
        years.add(
            new FestivalDates(
                year,
                LocalDate.parse(fields[1]),
                LocalDate.parse(fields[2]),
                LocalDate.parse(fields[3]),
                LocalDate.parse(fields[4])));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalStateException(
            RESOURCE + " line " + lineNumber + ": " + e.getMessage(), e);
      }
    }
    if (years.size() != LAST_YEAR - FIRST_YEAR + 1) {
      throw new IllegalStateException(
          RESOURCE + " ends at " + (FIRST_YEAR + years.size() - 1) + ", not at " + LAST_YEAR);
    }
    return List.copyOf(years);
  }
}
