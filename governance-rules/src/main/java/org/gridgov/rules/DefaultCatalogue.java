package org.gridgov.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.fact.CatalogueRequest;

/**
 * The catalogue of the default rules (categories, time limits, score weights), computed once when
 * the rules are built and read at start instead of firing the catalogue rules. The build writes it
 * with {@link #main}, right after the default rules are precompiled; an engine without integrator
 * folders reads it, and computes the catalogue by the rules as before when it is missing or was
 * written for other default rule files.
 *
 * <p>The file is text, one decision a line: the decision's record type, then its components in
 * order, nested records flattened, separated by tabs. The first line is a fingerprint of the
 * default rule files it was computed from.
 */
final class DefaultCatalogue {

  /** Where the build writes the catalogue, on the class path. */
  static final String RESOURCE = "org/gridgov/rules/default-catalogue.tsv";

  private static final String DECISIONS = "org.gridgov.rules.decision.";
  private static final String FINGERPRINT = "# default rules ";

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
    List<Decision> catalogue = DroolsEngine.fire(RuleBase.load(List.of()), catalogueRequest());
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
    List<String> lines;
    try (InputStream in = DefaultCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(lines);
  }

  /**
   * The catalogue in the lines of a file, if they were written for the default rule files on the
   * class path.
   *
   * @param lines the fingerprint, then a decision a line
   * @return the decisions; empty if the fingerprint is not that of the default rule files
   */
  static Optional<List<Decision>> read(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).equals(FINGERPRINT + fingerprint())) {
      return Optional.empty();
    }
    return Optional.of(parse(lines.subList(1, lines.size())));
  }

  /** The catalogue as lines of the file, the fingerprint first. */
  static List<String> lines(List<Decision> catalogue) {
    List<String> lines = new ArrayList<>(catalogue.size() + 1);
    lines.add(FINGERPRINT + fingerprint());
    for (Decision d : catalogue) {
      List<String> fields = new ArrayList<>();
      String type = d.getClass().getName();
      if (!type.startsWith(DECISIONS) || !d.getClass().isRecord()) {
        throw new IllegalArgumentException(
            "a catalogue decision is a record in " + DECISIONS + ", got " + type);
      }
      fields.add(type.substring(DECISIONS.length()));
      flatten(d, fields);
      lines.add(String.join("\t", fields));
    }
    return lines;
  }

  /** The decisions of the lines after the fingerprint. */
  static List<Decision> parse(List<String> lines) {
    List<Decision> decisions = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String[] fields = lines.get(i).split("\t", -1);
      try {
        Class<?> type = Class.forName(DECISIONS + fields[0]);
        Iterator<String> rest = Arrays.asList(fields).subList(1, fields.length).iterator();
        Object value = value(type, rest);
        if (rest.hasNext() || !(value instanceof Decision d)) {
          throw new IllegalArgumentException("has " + fields.length + " fields");
        }
        decisions.add(d);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalStateException(
            RESOURCE + " line " + (i + 2) + " (" + lines.get(i) + ") does not read: " + e, e);
      }
    }
    return List.copyOf(decisions);
  }

  /**
   * A fingerprint of the default rule files: their names and contents, in the order of the index.
   */
  static String fingerprint() {
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

  private static void flatten(Object value, List<String> fields) {
    if (value instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          flatten(c.getAccessor().invoke(r), fields);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + c + " of " + r, e);
        }
      }
    } else if (value instanceof String s) {
      if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("a catalogue text has no tab or line break: " + s);
      }
      fields.add(s);
    } else if (value instanceof Enum<?> e) {
      fields.add(e.name());
    } else if (value instanceof Integer n) {
      fields.add(n.toString());
    } else {
      throw new IllegalArgumentException(
          "a catalogue decision holds texts, whole numbers, enums and records, got " + value);
    }
  }

  private static Object value(Class<?> type, Iterator<String> fields)
      throws ReflectiveOperationException {
    if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        args[i] = value(types[i], fields);
      }
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(args);
    }
    String field = fields.next();
    if (type == String.class) {
      return field;
    } else if (type == int.class) {
      return Integer.parseInt(field);
    } else if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(field)) {
          return constant;
        }
      }
      throw new IllegalArgumentException(type.getSimpleName() + " has no " + field);
    }
    throw new IllegalArgumentException("no field of type " + type.getName());
  }
}
