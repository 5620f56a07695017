package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Refused;
import org.gridgov.core.io.CommunityLine.Field;
import org.gridgov.core.io.CommunityLine.LineProblem;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.NationalTerritory;

/**
 * Reads the whole country's village-level units from JSON Lines, plain or gzip-compressed, into a
 * {@link NationalTerritory}. Each line is one community, village or other village-level unit with
 * the codes of the units above it:
 *
 * <pre>{@code
 * {"code":"110101001001","name":"多福巷社区居委会","street":"110101001","county":"110101","city":"1101","province":"11"}
 * }</pre>
 *
 * <p>{@code code} (12 digits), {@code name}, {@code street} (9 digits) and {@code county} (6
 * digits) are required; {@code city} (4 digits) and {@code province} (2 digits) are checked when
 * present; other fields are ignored. Each parent code must be the first digits of the unit's code,
 * so a line names its street and county as its code does; a street and a district are known from
 * the first line that names them. Lines may come in any order; blank lines are skipped.
 *
 * <p>Loading checks every line and reports its problems with the line's number and the field's JSON
 * path ({@code $.street (line 7): community 110101001001 is not in street 110101002 (its first nine
 * digits differ)}): a line that is not one JSON object, a missing field or one that is not text, a
 * code of the wrong length, a parent code that is not the start of the unit's code, a blank name, a
 * code that appears twice (naming the line of the first). It stops after {@value #MAX_PROBLEMS}
 * problems. A file with any problem yields no index, and the reader keeps nothing of it.
 *
 * <p>Lines in the usual shape (one object of text fields without escapes) are read by a parser
 * written for that shape; any other line is read by Jackson's streaming parser, which also
 * describes what is wrong with a malformed line. {@link #withJacksonOnly()} reads every line with
 * Jackson, to compare. Instances are stateless and thread-safe; each read runs on the calling
 * thread.
 */
public final class NationalTerritoryJsonl {

  /** The most problems a read reports before it stops. */
  public static final int MAX_PROBLEMS = 100;

  /** The longest line read, in bytes. */
  static final int MAX_LINE = 1 << 20;

  private static final int BUFFER = 1 << 16;
  private static final long[] TENS = {
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
    10_000_000_000L
  };

  private final boolean byHand;
  private final JsonFactory factory = new JsonFactory();

  /** Makes a reader that reads lines of the usual shape by hand and any other with Jackson. */
  public NationalTerritoryJsonl() {
    this(true);
  }

  private NationalTerritoryJsonl(boolean byHand) {
    this.byHand = byHand;
  }

  /**
   * A reader that reads every line with Jackson's streaming parser. It gives the same index and the
   * same problems as {@link #NationalTerritoryJsonl()}, more slowly; it is there to compare the
   * two.
   *
   * @return the reader
   */
  public static NationalTerritoryJsonl withJacksonOnly() {
    return new NationalTerritoryJsonl(false);
  }

  /**
   * Reads a file with {@link NationalTerritory#DEFAULT_GRIDS_PER_COMMUNITY} grids in each
   * community.
   *
   * @param file JSON Lines, gzip-compressed or not
   * @return the index
   * @throws JsonLoadException if the file cannot be read or has any problem, naming each
   */
  public NationalTerritory read(Path file) throws JsonLoadException {
    return read(file, NationalTerritory.DEFAULT_GRIDS_PER_COMMUNITY);
  }

  /**
   * Reads a file.
   *
   * @param file JSON Lines, gzip-compressed or not
   * @param gridsPerCommunity the grids of each community, 1 to 999
   * @return the index
   * @throws JsonLoadException if the file cannot be read or has any problem, naming each
   * @throws IllegalArgumentException if the number of grids is outside 1 to 999
   */
  public NationalTerritory read(Path file, int gridsPerCommunity) throws JsonLoadException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), gridsPerCommunity);
    } catch (IOException e) {
      throw new JsonLoadException(
          file.toString(), List.of(new JsonProblem("$", 0, "cannot be read: " + e)));
    }
  }

  /**
   * Reads a stream to its end; the caller closes it.
   *
   * @param in JSON Lines, gzip-compressed or not (told apart by gzip's first two bytes)
   * @param source the stream's name for messages, such as a file path
   * @param gridsPerCommunity the grids of each community, 1 to 999
   * @return the index
   * @throws JsonLoadException if the stream cannot be read or has any problem, naming each
   * @throws IllegalArgumentException if the number of grids is outside 1 to 999
   */
  public NationalTerritory read(InputStream in, String source, int gridsPerCommunity)
      throws JsonLoadException {
    // an empty index refuses a bad number of grids at once, before the file is read
    NationalTerritory.builder().build(gridsPerCommunity);
    Load load = new Load();
    try {
      load.readAll(decompressed(in));
    } catch (IOException e) {
      load.problems.add(new JsonProblem("$", load.line, "cannot be read: " + e));
    }
    if (load.problems.isEmpty() && load.builder.size() == 0) {
      load.problems.add(new JsonProblem("$", 0, "holds no village-level unit"));
    }
    if (!load.problems.isEmpty()) {
      throw new JsonLoadException(source, load.problems);
    }
    return load.builder.build(gridsPerCommunity);
  }

  private static InputStream decompressed(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    return first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
  }

  /** One read: the builder, the line each community came from, and the problems so far. */
  private final class Load {
    private final NationalTerritory.Builder builder = NationalTerritory.builder();
    private final CommunityLine fields = new CommunityLine();
    private final List<JsonProblem> problems = new ArrayList<>();
    private int[] lineOf = new int[1 << 10];
    private int line;

    void readAll(InputStream in) throws IOException {
      byte[] buf = new byte[BUFFER];
      int from = 0;
      int filled = 0;
      boolean ended = false;
      while (problems.size() < MAX_PROBLEMS) {
        int newline = indexOf(buf, (byte) '\n', from, filled);
        if (newline >= 0) {
          line(buf, from, newline);
          from = newline + 1;
          continue;
        }
        if (ended) {
          if (from < filled) {
            line(buf, from, filled);
          }
          return;
        }
        int rest = filled - from;
        if (rest == buf.length) {
          if (buf.length >= MAX_LINE) {
            problems.add(
                new JsonProblem("$", line + 1, "a line is longer than " + MAX_LINE + " bytes"));
            return;
          }
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        System.arraycopy(buf, from, buf, 0, rest);
        from = 0;
        filled = rest;
        int n = in.read(buf, filled, buf.length - filled);
        if (n < 0) {
          ended = true;
        } else {
          filled += n;
        }
      }
      problems.add(
          new JsonProblem(
              "$",
              line,
              "stopped reading at line " + line + " after " + MAX_PROBLEMS + " problems"));
    }

    private void line(byte[] buf, int from, int to) {
      line++;
      if (isBlank(buf, from, to)) {
        return;
      }
      if (!(byHand && fields.readByHand(buf, from, to))) {
        fields.readWithJackson(factory, buf, from, to);
      }
      int before = problems.size();
      int reported = 0;
      for (LineProblem p : fields.problems()) {
        problems.add(new JsonProblem(p.path(), line, p.column(), p.message()));
        if (p.field() == null) {
          return;
        }
        reported |= 1 << p.field().ordinal();
      }
      long code = -1;
      if (fields.has(Field.CODE)) {
        code = fields.digits(Field.CODE, 12);
        if (code < 0) {
          refuse(Field.CODE, 12, Checks.term("communityCode"));
        }
      } else {
        required(Field.CODE, reported);
      }
      String name = null;
      if (fields.has(Field.NAME)) {
        name = fields.text(Field.NAME);
        try {
          Checks.text(name, Checks.term("communityName"));
        } catch (IllegalArgumentException e) {
          problems.add(new JsonProblem(Field.NAME.path(), line, 0, Refused.textOf(e)));
        }
      } else {
        required(Field.NAME, reported);
      }
      parent(Field.STREET, Checks.term("streetCode"), 9, "street", "nine", code, true, reported);
      parent(Field.COUNTY, Checks.term("countyCode"), 6, "county", "six", code, true, reported);
      parent(Field.CITY, Checks.term("cityCode"), 4, "city", "four", code, false, reported);
      parent(
          Field.PROVINCE, Checks.term("provinceCode"), 2, "province", "two", code, false, reported);
      if (problems.size() == before) {
        add(code, name);
      }
    }

    private void parent(
        Field field,
        Message what,
        int digits,
        String level,
        String count,
        long code,
        boolean required,
        int reported) {
      if (!fields.has(field)) {
        if (required) {
          required(field, reported);
        }
        return;
      }
      long parent = fields.digits(field, digits);
      if (parent < 0) {
        refuse(field, digits, what);
      } else if (code >= 0 && code / TENS[12 - digits] != parent) {
        problems.add(
            new JsonProblem(
                field.path(),
                line,
                "community "
                    + fields.text(Field.CODE)
                    + " is not in "
                    + level
                    + ' '
                    + fields.text(field)
                    + " (its first "
                    + count
                    + " digits differ)"));
      }
    }

    private void add(long code, String name) {
      int position = builder.size();
      try {
        builder.add(code, name);
      } catch (IllegalArgumentException e) {
        int first = builder.positionOf(CommunityCode.of(fields.text(Field.CODE)));
        Message message =
            first < 0
                ? Refused.textOf(e)
                : IoMessages.text("jsonl.communityTwice", fields.text(Field.CODE), lineOf[first]);
        problems.add(new JsonProblem(Field.CODE.path(), line, 0, message));
        return;
      }
      if (position == lineOf.length) {
        lineOf = Arrays.copyOf(lineOf, position * 2);
      }
      lineOf[position] = line;
    }

    private void required(Field field, int reported) {
      if ((reported & 1 << field.ordinal()) == 0) {
        problems.add(new JsonProblem(field.path(), line, "is required"));
      }
    }

    private void refuse(Field field, int digits, Message what) {
      Message message;
      try {
        Checks.digits(fields.text(field), digits, what);
        message = IoMessages.text("json.hasDigits", what, digits);
      } catch (IllegalArgumentException e) {
        message = Refused.textOf(e);
      }
      problems.add(new JsonProblem(field.path(), line, 0, message));
    }
  }

  private static int indexOf(byte[] buf, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isBlank(byte[] buf, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = buf[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
