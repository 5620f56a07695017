package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.gridgov.core.calendar.HolidayTable;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.common.Checks;

/**
 * Reads a {@link HolidayTable} from JSON, and ships the table for China 2004–2026.
 *
 * <p>The format is one object with two maps from ISO date to festival name and a source statement:
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
   * standard hours, {@code Asia/Shanghai}, refusing dates beyond 2026.
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
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the working calendar file " + file, e);
    }
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
              ? "the JSON ends too early: it is truncated or not closed"
              : "not valid JSON: " + e.getOriginalMessage());
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
      expect(parser.nextToken(), JsonToken.START_OBJECT, "an object");
      String source = null;
      Map<LocalDate, String> holidays = null;
      Map<LocalDate, String> workdays = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "source" -> {
            expect(value, JsonToken.VALUE_STRING, "a string");
            source = text("the source of a holiday table");
          }
          case "holidays" -> holidays = dates(value, "a holiday");
          case "workdays" -> workdays = dates(value, "an adjusted working day");
          default -> throw fail("unknown field; the fields are source, holidays and workdays");
        }
      }
      if (holidays == null || workdays == null) {
        throw fail(
            "a working calendar has both \"holidays\" and \"workdays\", missing "
                + (holidays == null ? "\"holidays\"" : "\"workdays\""));
      }
      if (parser.nextToken() != null) {
        throw fail("content after the end of the calendar object");
      }
      try {
        return HolidayTable.coveringListedYears(
            holidays, workdays, source != null ? source : "read from " + sourceName);
      } catch (IllegalArgumentException e) {
        throw problem(sourceName, "$", null, e.getMessage());
      }
    }

    private Map<LocalDate, String> dates(JsonToken value, String what) throws IOException {
      expect(value, JsonToken.START_OBJECT, "an object of date → festival name");
      Map<LocalDate, String> dates = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        LocalDate date;
        try {
          date = LocalDate.parse(key);
        } catch (DateTimeParseException e) {
          throw fail("not a date (yyyy-MM-dd), got " + Checks.quote(key));
        }
        expect(parser.nextToken(), JsonToken.VALUE_STRING, "a festival name (a string)");
        dates.put(date, text("the festival of " + what + " " + date));
      }
      return dates;
    }

    /** The text at the parser, refused where it stands if blank or too long. */
    private String text(String what) throws IOException {
      try {
        return Checks.text(parser.getText(), what);
      } catch (IllegalArgumentException e) {
        throw fail(e.getMessage());
      }
    }

    private void expect(JsonToken actual, JsonToken expected, String what) throws IOException {
      if (actual != expected) {
        throw fail(what + " is expected here, got " + describe(actual));
      }
    }

    private String describe(JsonToken token) throws IOException {
      if (token == null) {
        return "the end of the input";
      }
      return switch (token) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "the string " + Checks.quote(parser.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getText();
        case VALUE_TRUE, VALUE_FALSE -> "the boolean " + parser.getText();
        case VALUE_NULL -> "null";
        default -> token.asString() != null ? token.asString() : token.name();
      };
    }

    private JsonLoadException fail(String message) {
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
      String sourceName, String jsonPath, JsonLocation location, String message) {
    return new JsonLoadException(
        sourceName,
        java.util.List.of(
            new JsonProblem(
                jsonPath,
                location == null ? 0 : location.getLineNr(),
                location == null ? 0 : location.getColumnNr(),
                message)));
  }
}
