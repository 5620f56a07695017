package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gridgov.core.calendar.HolidayTable;
import org.gridgov.core.calendar.Period;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Refused;

/**
 * Reads a {@link HolidayTable} from JSON, and ships the table for China 2004–2026.
 *
 * <p>Two formats are read. The project's own is one object with two maps from ISO date to festival
 * name and a source statement:
 *
 * <pre>{@code
 * {
 *   "source": "chinese-days 1.5.7 (npm), licence MIT (Copyright (c) 2024 Yawei sun), ...",
 *   "holidays": { "2024-02-10": "春节", "2024-02-11": "春节" },
 *   "workdays": { "2024-02-04": "春节", "2024-02-18": "春节" }
 * }
 * }</pre>
 *
 * <p>{@code holidays} are days off; {@code workdays} are Saturdays and Sundays that are adjusted
 * working days (调休). {@code source} is optional. The table covers the whole years from the earliest
 * to the latest date listed ({@link HolidayTable#coveringListedYears}).
 *
 * <p>The other is the format of the public holiday-cn data set (one file a year, compiled from the
 * State Council's notices):
 *
 * <pre>{@code
 * {
 *   "$schema": "...", "$id": "...",
 *   "year": 2027,
 *   "papers": ["https://www.gov.cn/..."],
 *   "days": [
 *     { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
 *     { "name": "春节", "date": "2027-02-20", "isOffDay": false }
 *   ]
 * }
 * }</pre>
 *
 * <p>A day with {@code isOffDay} true is a holiday, false an adjusted working day; the table covers
 * exactly the year of {@code "year"}, and may list days of the last week of the December before
 * under {@code 元旦}, as the notices do ({@link HolidayTable#announcedWithNewYear}); they are applied
 * to the year before when the table is loaded. The file contradicts itself, and is refused, if any
 * other date lies in another year, is listed twice (as off and on, or twice alike), or is a working
 * day on a weekday, or if the year has no day off (its schedule is not published in the file yet).
 * The format is told by the fields: a file mixing the two is refused.
 *
 * <p>Reading is strict and all or nothing: an unknown field, a duplicate date, a value of the wrong
 * type, a date that does not exist, trailing content or a rule of {@link HolidayTable} broken
 * throws {@link JsonLoadException} naming the source, the JSON path and, where known, the line and
 * column, such as {@code cn-calendar.json: $.holidays['2024-13-01']: not a date (yyyy-MM-dd), got
 * "2024-13-01" (line 5, column 17)}. Nothing partial is ever returned.
 *
 * <p>The methods are stateless and thread-safe.
 */
public final class WorkingCalendarJson {

  /** The class-path resource of the shipped table for China. */
  public static final String CHINA_RESOURCE = "/org/gridgov/core/calendar/cn-calendar.json";

  private static final Set<String> OWN_FIELDS = Set.of("source", "holidays", "workdays");
  private static final Set<String> HOLIDAY_CN_FIELDS =
      Set.of("$schema", "$id", "year", "papers", "days");

  /**
   * The largest calendar file read, 4 MiB: the shipped table of 23 years is about 30 KiB, so a
   * century of years fits many times over. A larger file, a folder or a device such as {@code
   * /dev/zero} is refused before it is read.
   */
  public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private WorkingCalendarJson() {}

  /**
   * The shipped table: Chinese public holidays and adjusted working days for 2004–2026, from the
   * npm package chinese-days 1.5.7 (MIT, Copyright (c) 2024 Yawei sun).
   *
   * @return the table, read afresh on each call
   * @throws IllegalStateException if the resource is missing from the class path
   */
  public static HolidayTable chinaTable() {
    try (InputStream in = WorkingCalendarJson.class.getResourceAsStream(CHINA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the shipped working calendar " + CHINA_RESOURCE + " is missing from the class path");
      }
      return read(in, "cn-calendar.json");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped working calendar", e);
    }
  }

  /**
   * A working calendar on the shipped table with the defaults of {@link WorkingCalendar#of}:
   * standard hours, {@code Asia/Shanghai}, years after 2026 provisional.
   *
   * @return the calendar
   */
  public static WorkingCalendar chinaDefault() {
    return WorkingCalendar.of(chinaTable());
  }

  /**
   * Reads a table from a file.
   *
   * @param file a JSON file in the format above
   * @return the table
   * @throws JsonLoadException if the content is not a valid table
   * @throws UncheckedIOException if the file cannot be read
   */
  public static HolidayTable read(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] content = InputFiles.read(file, MAX_FILE_BYTES, "a working calendar file");
    return read(new ByteArrayInputStream(content), file.toString());
  }

  /**
   * Reads a table from a stream, which is left open.
   *
   * @param in JSON in the format above, UTF-8
   * @param sourceName what the stream is, for messages, such as a file or resource name
   * @return the table
   * @throws JsonLoadException if the content is not a valid table
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static HolidayTable read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    JsonParser parser;
    try {
      JacksonSupport.require();
      byte[] bytes = in.readAllBytes();
      StrictUtf8.check(sourceName, bytes);
      StrictUtf8.checkNotEmpty(sourceName, bytes);
      parser = JSON.createParser(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the working calendar " + sourceName, e);
    }
    try (parser) {
      return new Reader(parser, sourceName).table();
    } catch (JsonProcessingException e) {
      // Jackson's limits (nesting depth, length of names and numbers) come without a location;
      // the parser still knows where it stopped.
      throw problem(
          sourceName,
          JsonPaths.of(parser.getParsingContext()),
          e.getLocation() != null ? e.getLocation() : parser.currentLocation(),
          truncated(e)
              ? IoMessages.text("cal.truncated")
              : IoMessages.text("cal.notJson", String.valueOf(e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the working calendar " + sourceName, e);
    }
  }

  /** Reads one table, keeping the parser's position for messages. */
  private static final class Reader {
    private final JsonParser parser;
    private final String sourceName;

    Reader(JsonParser parser, String sourceName) {
      this.parser = parser;
      this.sourceName = sourceName;
    }

    HolidayTable table() throws IOException {
      expect(parser.nextToken(), JsonToken.START_OBJECT, "object");
      String source = null;
      Map<LocalDate, String> holidays = null;
      Map<LocalDate, String> workdays = null;
      HolidayCnYear year = new HolidayCnYear();
      String ownField = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (OWN_FIELDS.contains(field)) {
          ownField = field;
        }
        if (HOLIDAY_CN_FIELDS.contains(field)) {
          year.field = field;
        }
        if (ownField != null && year.field != null) {
          throw fail(IoMessages.text("cal.twoFormats", ownField, year.field));
        }
        switch (field) {
          case "source" -> {
            expect(value, JsonToken.VALUE_STRING, "string");
            source = text(Checks.term("holidayTable.source"));
          }
          case "holidays" -> holidays = dates(value, Checks.term("holiday"));
          case "workdays" -> workdays = dates(value, Checks.term("adjustedWorkingDay"));
          case "$schema", "$id" -> expect(value, JsonToken.VALUE_STRING, "string");
          case "year" -> year.year(value);
          case "papers" -> year.papers(value);
          case "days" -> year.days(value);
          default ->
              throw fail(
                  IoMessages.text(
                      year.field != null
                          ? "cal.unknownField.holidayCn"
                          : ownField != null ? "cal.unknownField.own" : "cal.unknownField"));
        }
      }
      if (year.field != null) {
        if (parser.nextToken() != null) {
          throw fail(IoMessages.text("cal.contentAfter"));
        }
        return year.table();
      }
      if (holidays == null || workdays == null) {
        throw fail(IoMessages.text("cal.missingOwn", holidays == null ? "holidays" : "workdays"));
      }
      if (parser.nextToken() != null) {
        throw fail(IoMessages.text("cal.contentAfter"));
      }
      try {
        return HolidayTable.coveringListedYears(
            holidays, workdays, source != null ? source : "read from " + sourceName);
      } catch (IllegalArgumentException e) {
        throw problem(sourceName, "$", null, Refused.textOf(e));
      }
    }

    /** A year in the holiday-cn format, read field by field and checked once all are read. */
    private final class HolidayCnYear {
      private String field;
      private Integer year;
      private JsonLocation yearAt;
      private String paper;
      private boolean hasDays;
      private final List<Day> days = new ArrayList<>();

      /** One element of {@code days}, with where it was read. */
      private record Day(
          String name, LocalDate date, boolean off, String path, JsonLocation location) {}

      void year(JsonToken value) throws IOException {
        expect(value, JsonToken.VALUE_NUMBER_INT, "year");
        yearAt = parser.currentTokenLocation();
        if (!parser.getNumberType().equals(JsonParser.NumberType.INT)
            || parser.getIntValue() < 1900
            || parser.getIntValue() > 2200) {
          throw fail(IoMessages.text("cal.yearRange", parser.getText()));
        }
        year = parser.getIntValue();
      }

      void papers(JsonToken value) throws IOException {
        expect(value, JsonToken.START_ARRAY, "papers");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          expect(parser.currentToken(), JsonToken.VALUE_STRING, "paper");
          String text = text(Checks.term("noticeAddress"));
          if (paper == null) {
            paper = text;
          }
        }
      }

      void days(JsonToken value) throws IOException {
        expect(value, JsonToken.START_ARRAY, "days");
        hasDays = true;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          expect(parser.currentToken(), JsonToken.START_OBJECT, "day");
          String path = JsonPaths.of(parser.getParsingContext());
          JsonLocation location = parser.currentTokenLocation();
          String name = null;
          LocalDate date = null;
          Boolean off = null;
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String dayField = parser.currentName();
            JsonToken dayValue = parser.nextToken();
            switch (dayField) {
              case "name" -> {
                expect(dayValue, JsonToken.VALUE_STRING, "festival");
                name = text(Checks.term("dayName"));
              }
              case "date" -> {
                expect(dayValue, JsonToken.VALUE_STRING, "date");
                try {
                  date = LocalDate.parse(parser.getText());
                } catch (DateTimeParseException e) {
                  throw fail(IoMessages.text("cal.notADate", Checks.quote(parser.getText())));
                }
              }
              case "isOffDay" -> {
                if (dayValue != JsonToken.VALUE_TRUE && dayValue != JsonToken.VALUE_FALSE) {
                  throw fail(
                      IoMessages.text(
                          "cal.expected", IoMessages.text("cal.what.boolean"), describe(dayValue)));
                }
                off = dayValue == JsonToken.VALUE_TRUE;
              }
              default -> throw fail(IoMessages.text("cal.unknownDayField"));
            }
          }
          if (name == null || date == null || off == null) {
            throw problem(
                sourceName,
                path,
                location,
                IoMessages.text(
                    "cal.missingDayField",
                    name == null ? "name" : date == null ? "date" : "isOffDay"));
          }
          days.add(new Day(name, date, off, path, location));
        }
      }

      HolidayTable table() {
        if (year == null || !hasDays) {
          throw problem(
              sourceName,
              "$",
              null,
              IoMessages.text("cal.missingHolidayCn", year == null ? "year" : "days"));
        }
        List<JsonProblem> problems = new ArrayList<>();
        Map<LocalDate, Day> seen = new HashMap<>();
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        Map<LocalDate, String> workdays = new LinkedHashMap<>();
        for (Day day : days) {
          Message message = null;
          Day first = seen.putIfAbsent(day.date(), day);
          if (day.date().getYear() != year
              && !HolidayTable.announcedWithNewYear(day.date(), day.name(), year)) {
            message = IoMessages.text("cal.otherYear", String.valueOf(year), day.date().toString());
          } else if (first != null) {
            message =
                first.off() == day.off()
                    ? IoMessages.text("cal.twice", day.date().toString(), first.path())
                    : IoMessages.text(
                        "cal.twiceAsOther",
                        day.date().toString(),
                        first.path(),
                        kind(first.off()),
                        kind(day.off()));
          } else if (!day.off() && day.date().getDayOfWeek().getValue() < 6) {
            message =
                IoMessages.text(
                    "cal.weekdayWorking",
                    day.date().toString(),
                    day.date().getDayOfWeek().toString());
          }
          if (message != null) {
            problems.add(
                new JsonProblem(
                    day.path(), day.location().getLineNr(), day.location().getColumnNr(), message));
          } else {
            (day.off() ? holidays : workdays).put(day.date(), day.name());
          }
        }
        if (!problems.isEmpty()) {
          throw new JsonLoadException(sourceName, problems);
        }
        if (holidays.isEmpty()) {
          throw problem(
              sourceName, "$.days", yearAt, IoMessages.text("cal.noDayOff", String.valueOf(year)));
        }
        try {
          return new HolidayTable(
              new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
              holidays,
              workdays,
              "holiday-cn "
                  + year
                  + " read from "
                  + sourceName
                  + (paper != null ? ", notice " + paper : ""));
        } catch (IllegalArgumentException e) {
          throw problem(sourceName, "$", null, Refused.textOf(e));
        }
      }

      private static Message kind(boolean off) {
        return IoMessages.text(off ? "cal.dayOff" : "cal.workingDay");
      }
    }

    private Map<LocalDate, String> dates(JsonToken value, Message what) throws IOException {
      expect(value, JsonToken.START_OBJECT, "dates");
      Map<LocalDate, String> dates = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        LocalDate date;
        try {
          date = LocalDate.parse(key);
        } catch (DateTimeParseException e) {
          throw fail(IoMessages.text("cal.notADate", Checks.quote(key)));
        }
        expect(parser.nextToken(), JsonToken.VALUE_STRING, "festival");
        dates.put(date, text(Checks.term("festivalOf", what, date)));
      }
      return dates;
    }

    /** The text at the parser, refused where it stands if blank or too long. */
    private String text(Message what) throws IOException {
      try {
        return Checks.text(parser.getText(), what);
      } catch (IllegalArgumentException e) {
        throw fail(Refused.textOf(e));
      }
    }

    /**
     * Refuses a token other than the expected one.
     *
     * @param what what is expected, the end of a key {@code cal.what.*} of the bundle
     */
    private void expect(JsonToken actual, JsonToken expected, String what) throws IOException {
      if (actual != expected) {
        throw fail(
            IoMessages.text("cal.expected", IoMessages.text("cal.what." + what), describe(actual)));
      }
    }

    private Message describe(JsonToken token) throws IOException {
      if (token == null) {
        return IoMessages.text("cal.got.end");
      }
      return switch (token) {
        case START_OBJECT -> IoMessages.text("cal.got.object");
        case START_ARRAY -> IoMessages.text("cal.got.array");
        case VALUE_STRING -> IoMessages.text("cal.got.string", Checks.quote(parser.getText()));
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
            IoMessages.text("cal.got.number", parser.getText());
        case VALUE_TRUE, VALUE_FALSE -> IoMessages.text("cal.got.boolean", parser.getText());
        case VALUE_NULL -> IoMessages.text("cal.got.null");
        default -> Message.text(token.asString() != null ? token.asString() : token.name());
      };
    }

    private JsonLoadException fail(Message message) {
      JsonStreamContext context = parser.getParsingContext();
      if (parser.currentToken() == JsonToken.START_OBJECT
          || parser.currentToken() == JsonToken.START_ARRAY) {
        context = context.getParent();
      }
      return problem(sourceName, JsonPaths.of(context), parser.currentTokenLocation(), message);
    }
  }

  private static boolean truncated(JsonProcessingException e) {
    // Jackson reports some early ends as JsonEOFException and others only by their message.
    return e instanceof JsonEOFException
        || String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input");
  }

  private static JsonLoadException problem(
      String sourceName, String jsonPath, JsonLocation location, Message message) {
    return new JsonLoadException(
        sourceName,
        List.of(
            new JsonProblem(
                jsonPath,
                location == null ? 0 : location.getLineNr(),
                location == null ? 0 : location.getColumnNr(),
                message)));
  }
}
