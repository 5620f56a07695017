package org.gridgov.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.gridgov.core.evaluation.Kpi;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.ScoreWeight;
import org.gridgov.rules.decision.TimeLimit;
import org.gridgov.rules.decision.WatchPoint;
import org.gridgov.rules.decision.WorkingTime;
import org.gridgov.rules.fact.CatalogueRequest;
import org.gridgov.rules.fact.CategoryClass;
import org.gridgov.rules.fact.Topic;

/**
 * The catalogue of the default rules (categories, time limits, score weights), computed once when
 * the rules are built and read at start instead of firing the catalogue rules. The build writes it
 * with {@link #main}, right after the default rules are precompiled; an engine without integrator
 * folders reads it, and computes the catalogue by the rules as before when it is missing or was
 * written for other default rule files.
 *
 * <p>The file is text, one decision a line: the decision's type, then its components in order,
 * nested records flattened, separated by tabs. The first line names the file's {@link #FORMAT} and
 * gives a fingerprint of the default rule files it was computed from. Each type is read by hand
 * rather than by reflection, which would cost the start more than it saves.
 */
final class DefaultCatalogue {

  /** Where the build writes the catalogue, on the class path. */
  static final String RESOURCE = "org/gridgov/rules/default-catalogue.tsv";

  private static final String CATEGORY = "CategoryDefinition";
  private static final String TIME_LIMIT = "TimeLimit";
  private static final String SCORE_WEIGHT = "ScoreWeight";
  private static final String WATCH_POINT = "WatchPoint";
  private static final String FINGERPRINT = "# default rules ";

  /**
   * The version of the file's format, part of its first line: a file the build wrote in another
   * format (before categories had English names, say) is not read, even for the same rule files.
   */
  static final String FORMAT = "format 2";

  private DefaultCatalogue() {}

  /**
   * Fires the catalogue rules of the default rules and writes what they define.
   *
   * @param args the file to write, such as {@code target/classes/} followed by {@link #RESOURCE}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: DefaultCatalogue FILE, got " + args.length);
    }
    List<Decision> catalogue =
        RuleBase.load(List.of(), RuleAllowList.defaults()).fire(catalogueRequest());
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, lines(catalogue), StandardCharsets.UTF_8);
  }

  /** What the engine inserts to ask the catalogue rules. */
  static List<Object> catalogueRequest() {
    return List.of(new CatalogueRequest());
  }

  /**
   * The catalogue the build wrote, if it is on the class path and was computed from the default
   * rule files on the class path.
   *
   * @return the decisions, in the order the rules made them; empty to compute them by the rules
   */
  static Optional<List<Decision>> read() {
    return RuleBase.resourceLines(RESOURCE).flatMap(DefaultCatalogue::read);
  }

  /**
   * The catalogue in the lines of a file, if they were written for the default rule files on the
   * class path.
   *
   * @param lines the fingerprint, then a decision a line
   * @return the decisions; empty if the fingerprint is not that of the default rule files
   */
  static Optional<List<Decision>> read(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).equals(fingerprintLine())) {
      return Optional.empty();
    }
    return Optional.of(parse(lines.subList(1, lines.size())));
  }

  /** The catalogue as lines of the file, the fingerprint first. */
  static List<String> lines(List<Decision> catalogue) {
    List<String> lines = new ArrayList<>(catalogue.size() + 1);
    lines.add(fingerprintLine());
    for (Decision d : catalogue) {
      List<Object> fields;
      if (d instanceof CategoryDefinition c) {
        fields =
            List.of(
                CATEGORY,
                c.category().code(),
                c.name(),
                c.englishName(),
                c.categoryClass(),
                c.topic(),
                c.matterKind(),
                c.skill(),
                c.rule());
      } else if (d instanceof TimeLimit t) {
        fields =
            List.of(
                TIME_LIMIT,
                t.categoryCode(),
                t.urgency(),
                t.accept().amount(),
                t.accept().unit(),
                t.resolve().amount(),
                t.resolve().unit(),
                t.priority(),
                t.rule());
      } else if (d instanceof ScoreWeight w) {
        fields = List.of(SCORE_WEIGHT, w.kpi(), w.weight(), w.zeroAtHours(), w.rule());
      } else if (d instanceof WatchPoint p) {
        fields = List.of(WATCH_POINT, p.share(), p.rule());
      } else {
        throw new IllegalArgumentException(
            "the default catalogue holds category definitions, time limits, score weights and"
                + " watch points;"
                + " teach DefaultCatalogue to write and read "
                + d.getClass().getName()
                + ", got "
                + d);
      }
      StringBuilder line = new StringBuilder();
      for (Object field : fields) {
        String text = String.valueOf(field);
        if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
          throw new IllegalArgumentException("a catalogue text has no tab or line break: " + d);
        }
        line.append(line.length() == 0 ? "" : "\t").append(text);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** The decisions of the lines after the fingerprint. */
  static List<Decision> parse(List<String> lines) {
    List<Decision> decisions = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      try {
        decisions.add(decision(f));
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            RESOURCE + " line " + (i + 2) + " (" + lines.get(i) + ") does not read: " + e, e);
      }
    }
    return List.copyOf(decisions);
  }

  private static Decision decision(String[] f) {
    int expected =
        switch (f[0]) {
          case CATEGORY -> 9;
          case TIME_LIMIT -> 9;
          case SCORE_WEIGHT -> 5;
          case WATCH_POINT -> 3;
          default -> throw new IllegalArgumentException("no decision type " + f[0]);
        };
    if (f.length != expected) {
      throw new IllegalArgumentException(f[0] + " has " + expected + " fields, got " + f.length);
    }
    return switch (f[0]) {
      case CATEGORY ->
          CategoryDefinition.of(
              f[1],
              f[2],
              f[3],
              CategoryClass.valueOf(f[4]),
              Topic.valueOf(f[5]),
              MatterKind.valueOf(f[6]),
              f[7],
              f[8]);
      case TIME_LIMIT ->
          new TimeLimit(
              f[1],
              Urgency.valueOf(f[2]),
              new WorkingTime(Integer.parseInt(f[3]), WorkingTime.Unit.valueOf(f[4])),
              new WorkingTime(Integer.parseInt(f[5]), WorkingTime.Unit.valueOf(f[6])),
              Integer.parseInt(f[7]),
              f[8]);
      case WATCH_POINT -> new WatchPoint(Double.parseDouble(f[1]), f[2]);
      default ->
          new ScoreWeight(Kpi.valueOf(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]);
    };
  }

  /**
   * The first line of a file the build computes from the default rule files, which says which files
   * they were: a file whose first line is another was computed from other rule files.
   */
  static String fingerprintLine() {
    return FINGERPRINT + FORMAT + " " + fingerprint();
  }

  /**
   * A fingerprint of the default rule files: their names and contents, in the order of the index.
   * Computed once: the files on the class path do not change.
   */
  static String fingerprint() {
    return Fingerprint.VALUE;
  }

  private static final class Fingerprint {
    static final String VALUE = compute();

    private static String compute() {
      CRC32 crc = new CRC32();
      ClassLoader cl = DefaultCatalogue.class.getClassLoader();
      for (Map.Entry<String, String> file : RuleBase.defaults().entrySet()) {
        crc.update(file.getKey().getBytes(StandardCharsets.UTF_8));
        try (InputStream in = cl.getResourceAsStream(file.getKey())) {
          if (in == null) {
            throw new IllegalStateException(file.getKey() + " is missing from the class path");
          }
          crc.update(in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return Long.toHexString(crc.getValue());
    }
  }
}
