package org.gridgov.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridgov.core.calendar.HolidayTable;
import org.gridgov.core.calendar.Period;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Refused;

/**
 * Reads the official holidays of one year from an iCalendar ({@code .ics}) file in the shape the
 * holiday-cn data set publishes: one whole-day {@code VEVENT} per run of days, whose {@code
 * SUMMARY} is the festival with {@code 假期} ({@code 春节假期}: days off) or {@code 上班} with the festival
 * ({@code 上班(补春节假期)}: adjusted working days), {@code DTSTART;VALUE=DATE} the first day and {@code
 * DTEND;VALUE=DATE} the day after the last.
 *
 * <p>Days of the last week of the December before, under {@code 元旦}, belong to the year's notice
 * ({@link HolidayTable#announcedWithNewYear}) and are applied to the year before when the table is
 * loaded. Reading is strict and all or nothing, like {@link WorkingCalendarJson}: a file whose
 * other days are not all in one year, that lists a date twice (as off and on, or twice alike),
 * makes a weekday an adjusted working day, has no day off, or is not a well-formed calendar is
 * refused with an {@link IcsLoadException} naming the file and the line, such as {@code 2027.ics
 * line 14: 2027-02-20 is listed twice, at line 9 as a day off and here as a working day}.
 */
public final class HolidayCalendarIcs {

  private static final DateTimeFormatter BASIC_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  /** The longest run of days one event may cover: a holiday break is shorter than a month. */
  private static final int LONGEST_EVENT = 31;

  private HolidayCalendarIcs() {}

  /**
   * Reads a year from a stream, which is left open.
   *
   * @param in the iCalendar text, UTF-8
   * @param sourceName what the stream is, for messages, such as a file name
   * @return a table covering the one year of the file
   * @throws IcsLoadException if the file is not a valid year
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static HolidayTable read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    List<Line> lines;
    try {
      lines = unfold(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the calendar " + sourceName, e);
    }
    return new Parser(sourceName, lines).table();
  }

  /** A logical line, its folded continuations joined, with the number of its first line. */
  private record Line(int number, String text) {}

  private static List<Line> unfold(BufferedReader reader) throws IOException {
    List<Line> lines = new ArrayList<>();
    int number = 0;
    for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
      number++;
      if (number == 1 && raw.startsWith("\uFEFF")) {
        raw = raw.substring(1);
      }
      if (!lines.isEmpty() && (raw.startsWith(" ") || raw.startsWith("\t"))) {
        Line last = lines.remove(lines.size() - 1);
        lines.add(new Line(last.number(), last.text() + raw.substring(1)));
      } else if (!raw.isEmpty()) {
        lines.add(new Line(number, raw));
      }
    }
    return lines;
  }

  /** One pass over the lines. */
  private static final class Parser {
    private final String sourceName;
    private final List<Line> lines;
    private final Map<LocalDate, String> holidays = new LinkedHashMap<>();
    private final Map<LocalDate, String> workdays = new LinkedHashMap<>();
    private final Map<LocalDate, Integer> listedAt = new HashMap<>();
    private Integer year;
    private int yearLine;
    private final Map<LocalDate, Integer> decemberBefore = new LinkedHashMap<>();

    Parser(String sourceName, List<Line> lines) {
      this.sourceName = sourceName;
      this.lines = lines;
    }

    HolidayTable table() {
      if (lines.isEmpty() || !lines.get(0).text().equals("BEGIN:VCALENDAR")) {
        throw fail(lines.isEmpty() ? 1 : lines.get(0).number(), "ics.begin");
      }
      boolean closed = false;
      Line event = null;
      String summary = null;
      LocalDate start = null;
      LocalDate end = null;
      int startLine = 0;
      for (int i = 1; i < lines.size(); i++) {
        Line line = lines.get(i);
        if (closed) {
          throw fail(line.number(), "ics.afterEnd");
        }
        String text = line.text();
        int colon = text.indexOf(':');
        if (colon < 0) {
          throw fail(line.number(), "ics.property", Checks.quote(text));
        }
        String head = text.substring(0, colon);
        String name = head.contains(";") ? head.substring(0, head.indexOf(';')) : head;
        String value = text.substring(colon + 1);
        if (event == null) {
          if (text.equals("BEGIN:VEVENT")) {
            event = line;
            summary = null;
            start = null;
            end = null;
          } else if (text.equals("END:VCALENDAR")) {
            closed = true;
          } else if (text.equals("END:VEVENT")) {
            throw fail(line.number(), "ics.endWithoutBegin");
          }
          continue;
        }
        switch (name) {
          case "SUMMARY" -> summary = value.strip();
          case "DTSTART" -> {
            start = date(line, head, value);
            startLine = line.number();
          }
          case "DTEND" -> end = date(line, head, value);
          case "BEGIN" -> throw fail(line.number(), "ics.nested", Checks.quote(text));
          case "END" -> {
            if (!value.equals("VEVENT")) {
              throw fail(line.number(), "ics.endExpected", Checks.quote(text));
            }
            add(event, summary, start, startLine, end, line);
            event = null;
          }
          default -> {
            // UID, DTSTAMP and other properties say nothing of the days
          }
        }
      }
      Line last = lines.get(lines.size() - 1);
      if (event != null) {
        throw fail(event.number(), "ics.eventNotClosed");
      }
      if (!closed) {
        throw fail(last.number(), "ics.calendarNotClosed");
      }
      for (Map.Entry<LocalDate, Integer> day : decemberBefore.entrySet()) {
        if (year == null || day.getKey().getYear() != year - 1) {
          throw year == null
              ? fail(day.getValue(), "ics.oneYearOrDecember", day.getKey().toString())
              : fail(
                  day.getValue(),
                  "ics.theYearOrDecember",
                  String.valueOf(year),
                  yearLine,
                  day.getKey().toString());
        }
      }
      if (holidays.isEmpty()) {
        throw fail(last.number(), "ics.noDayOff");
      }
      try {
        return new HolidayTable(
            new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
            holidays,
            workdays,
            "iCalendar " + year + " read from " + sourceName);
      } catch (IllegalArgumentException e) {
        throw new IcsLoadException(sourceName, 1, Refused.textOf(e));
      }
    }

    private LocalDate date(Line line, String head, String value) {
      if (head.contains(";") && !head.toUpperCase(java.util.Locale.ROOT).contains("VALUE=DATE")) {
        throw fail(line.number(), "ics.wholeDay", Checks.quote(head));
      }
      try {
        return LocalDate.parse(value.strip(), BASIC_DATE);
      } catch (DateTimeParseException e) {
        throw fail(line.number(), "ics.notADate", Checks.quote(value));
      }
    }

    private void add(
        Line event, String summary, LocalDate start, int startLine, LocalDate end, Line endLine) {
      if (summary == null || summary.isEmpty()) {
        throw fail(event.number(), "ics.noSummary");
      }
      if (start == null) {
        throw fail(event.number(), "ics.noStart");
      }
      LocalDate last = end == null ? start : end.minusDays(1);
      if (last.isBefore(start) || last.isAfter(start.plusDays(LONGEST_EVENT - 1))) {
        throw fail(
            endLine.number(),
            "ics.eventLength",
            LONGEST_EVENT,
            start.toString(),
            String.valueOf(end));
      }
      boolean off = !summary.startsWith("上班");
      String festival = festival(summary, off);
      if (festival.isEmpty()) {
        throw fail(event.number(), "ics.noFestival", Checks.quote(summary));
      }
      for (LocalDate date = start; !date.isAfter(last); date = date.plusDays(1)) {
        if (HolidayTable.announcedWithNewYear(date, festival, date.getYear() + 1)) {
          decemberBefore.putIfAbsent(date, startLine);
        } else if (year == null) {
          year = date.getYear();
          yearLine = startLine;
        } else if (date.getYear() != year) {
          throw fail(startLine, "ics.oneYear", String.valueOf(year), yearLine, date.toString());
        }
        Integer first = listedAt.putIfAbsent(date, startLine);
        if (first != null) {
          boolean firstOff = holidays.containsKey(date);
          throw firstOff == off
              ? fail(startLine, "ics.twice", date.toString(), first)
              : fail(startLine, "ics.twiceAs", date.toString(), first, kind(firstOff), kind(off));
        }
        if (!off
            && date.getDayOfWeek() != DayOfWeek.SATURDAY
            && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
          throw fail(
              startLine,
              "ics.weekday",
              date.toString(),
              IoMessages.text("ics.day." + date.getDayOfWeek()));
        }
        (off ? holidays : workdays).put(date, festival);
      }
    }

    private static String festival(String summary, boolean off) {
      String name = summary;
      if (!off) {
        name = name.substring("上班".length()).replaceAll("^[(（]补?|[)）]$", "");
      }
      if (name.endsWith("假期")) {
        name = name.substring(0, name.length() - "假期".length());
      }
      return name.strip();
    }

    private static Message kind(boolean off) {
      return IoMessages.text(off ? "ics.dayOff" : "ics.workingDay");
    }

    private IcsLoadException fail(int line, String key, Object... arguments) {
      return new IcsLoadException(sourceName, line, IoMessages.text(key, arguments));
    }
  }
}
