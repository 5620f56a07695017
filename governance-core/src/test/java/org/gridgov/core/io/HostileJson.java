package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile versions of a valid JSON document for the bad-input properties of every reader, and what
 * every refusal of one must satisfy: a {@link JsonLoadException} and nothing else, each problem
 * with its JSON path, its line and a message of bounded length.
 */
final class HostileJson {

  /** The longest message a problem may have: values in messages are shortened to 80 characters. */
  static final int LONGEST_PROBLEM = 2_000;

  /** The longest a refusal's whole message may be, however large the document. */
  static final int LONGEST_MESSAGE = 64 * 1024;

  private static final ObjectMapper TREES = new ObjectMapper();
  private static final String MARK = "@@hostile value@@";
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private HostileJson() {}

  /** A reader under test: reads a document or refuses it with a {@link JsonLoadException}. */
  @FunctionalInterface
  interface Reader {
    Object read(byte[] bytes);
  }

  /**
   * A hostile document: what was done, where, and the bytes.
   *
   * @param kind what was done, such as {@code "truncated"}
   * @param path the JSON path of the place changed, or {@code $} for the whole document
   * @param bytes the document
   */
  record Hostile(String kind, String path, byte[] bytes) {
    @Override
    public String toString() {
      return kind + " at " + path + " (" + bytes.length + " bytes)";
    }

    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /**
   * A value in a document: the JSON pointer that reaches it, the JSON path problems name it by, the
   * name of the field that holds it (of the array, for an element) and its type.
   */
  record Place(String pointer, String path, String field, JsonNodeType type) {
    @Override
    public String toString() {
      return path;
    }
  }

  // ---------------------------------------------------------------- documents as trees

  static JsonNode tree(byte[] bytes) {
    try {
      return TREES.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document as the readers see it written by hand: indented, one value a line. */
  static byte[] pretty(JsonNode tree) {
    try {
      return TREES.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every value of a document but the root, in document order. */
  static List<Place> places(JsonNode root) {
    List<Place> all = new ArrayList<>();
    walk(root, "", "$", null, all);
    return List.copyOf(all);
  }

  private static void walk(
      JsonNode node, String pointer, String path, String field, List<Place> all) {
    if (!pointer.isEmpty()) {
      all.add(new Place(pointer, path, field, node.getNodeType()));
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        String name = f.getKey();
        String step = PLAIN_NAME.matcher(name).matches() ? "." + name : "['" + name + "']";
        walk(f.getValue(), pointer + "/" + name, path + step, name, all);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, path + "[" + i + "]", field, all);
      }
    }
  }

  /**
   * The document with the value at a place replaced by raw JSON text, which may be anything, even
   * text that is not JSON or nesting too deep for a tree.
   */
  static byte[] replaced(JsonNode root, Place place, String raw) {
    JsonNode copy = root.deepCopy();
    JsonPointer p = JsonPointer.compile(place.pointer());
    JsonNode parent = copy.at(p.head());
    if (parent instanceof ArrayNode array) {
      array.set(p.last().getMatchingIndex(), MARK);
    } else {
      ((ObjectNode) parent).put(p.last().getMatchingProperty(), MARK);
    }
    String text = new String(pretty(copy), StandardCharsets.UTF_8);
    return text.replace('"' + MARK + '"', raw).getBytes(StandardCharsets.UTF_8);
  }

  /** A string as JSON text, quoted and escaped. */
  static String quoted(String s) {
    try {
      return TREES.writeValueAsString(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The places of text values. */
  static List<Place> texts(List<Place> places) {
    return places.stream().filter(p -> p.type() == JsonNodeType.STRING).toList();
  }

  // ---------------------------------------------------------------- hostile changes

  /**
   * Every kind of document that is not well-formed: cut off, not UTF-8 in a value or anywhere,
   * followed by more content, or with a field given twice.
   */
  static Arbitrary<Hostile> malformed(byte[] valid, JsonNode root, List<Place> places) {
    return Arbitraries.oneOf(
        truncations(valid),
        notUtf8(root, texts(places)),
        notUtf8Anywhere(valid),
        trailingContent(valid),
        duplicateKeys(root, places));
  }

  /** The document cut off at any byte before its last closing brace. */
  static Arbitrary<Hostile> truncations(byte[] valid) {
    int end = new String(valid, StandardCharsets.ISO_8859_1).lastIndexOf('}');
    return Arbitraries.integers()
        .between(0, end - 1)
        .map(cut -> new Hostile("truncated at byte " + cut, "$", slice(valid, cut)));
  }

  private static byte[] slice(byte[] bytes, int length) {
    byte[] cut = new byte[length];
    System.arraycopy(bytes, 0, cut, 0, length);
    return cut;
  }

  /** JSON values of every type, none null: a reader may take null for an absent optional value. */
  private static final Map<JsonNodeType, List<String>> VALUES =
      Map.of(
          JsonNodeType.STRING, List.of("\"\"", "\"text\"", "\"350111\"", "\"晋安区\""),
          JsonNodeType.NUMBER, List.of("0", "-1", "42", "3.5", "350111001001"),
          JsonNodeType.BOOLEAN, List.of("true", "false"),
          JsonNodeType.ARRAY, List.of("[]", "[1, 2]", "[\"350111\"]", "[{}]"),
          JsonNodeType.OBJECT, List.of("{}", "{\"code\": \"350111\"}", "{\"a\": [1]}"));

  /** A value of another type than the one at a place. */
  static Arbitrary<Hostile> wrongTypes(JsonNode root, List<Place> places) {
    return Arbitraries.of(places)
        .flatMap(
            place -> {
              List<String> others = new ArrayList<>();
              VALUES.forEach(
                  (type, values) -> {
                    if (type != place.type()) {
                      others.addAll(values);
                    }
                  });
              return Arbitraries.of(others)
                  .map(v -> new Hostile("wrong type " + v, place.path(), replaced(root, place, v)));
            });
  }

  /** Text of one to two million characters in place of a text value. */
  static Arbitrary<Hostile> hugeStrings(JsonNode root, List<Place> textPlaces) {
    return Combinators.combine(
            Arbitraries.of(textPlaces),
            Arbitraries.integers().between(1 << 20, 2 << 20),
            Arbitraries.of("x", "9", "晋安", "A_", " \\n"))
        .as(
            (place, length, unit) -> {
              String huge = unit.repeat(length / unit.length());
              return new Hostile(
                  "text of " + huge.length() + " characters",
                  place.path(),
                  replaced(root, place, '"' + huge + '"'));
            });
  }

  /**
   * An unknown field, with a name of 10,000 to 50,000 characters (Jackson refuses longer names),
   * added to an object or to the whole document.
   */
  static Arbitrary<Hostile> hugeNames(JsonNode root, List<Place> places) {
    List<Place> objects = new ArrayList<>();
    objects.add(new Place("", "$", null, JsonNodeType.OBJECT));
    places.stream().filter(p -> p.type() == JsonNodeType.OBJECT).forEach(objects::add);
    return Combinators.combine(
            Arbitraries.of(objects),
            Arbitraries.integers().between(10_000, 50_000),
            Arbitraries.of("x", "字", "a_", "-"))
        .as(
            (place, length, unit) -> {
              String name = unit.repeat(length / unit.length());
              JsonNode copy = root.deepCopy();
              ObjectNode object = (ObjectNode) copy.at(place.pointer());
              object.put(name, 1);
              return new Hostile(
                  "a field named with " + name.length() + " characters",
                  place.path(),
                  pretty(copy));
            });
  }

  /** Arrays or objects nested from 2 to 100,000 deep in place of a value. */
  static Arbitrary<Hostile> deepNesting(JsonNode root, List<Place> places) {
    return Combinators.combine(
            Arbitraries.of(places),
            Arbitraries.integers().between(2, 100_000).edgeCases(e -> e.includeOnly(999, 1_000)),
            Arbitraries.of("array", "object"))
        .as(
            (place, depth, shape) -> {
              String open = shape.equals("array") ? "[" : "{\"a\": ";
              String close = shape.equals("array") ? "]" : "}";
              String nested = open.repeat(depth) + "1" + close.repeat(depth);
              return new Hostile(
                  shape + "s nested " + depth + " deep",
                  place.path(),
                  replaced(root, place, nested));
            });
  }

  /** Byte sequences that are not UTF-8. */
  private static final List<byte[]> NOT_UTF8 =
      List.of(
          new byte[] {(byte) 0xFF},
          new byte[] {(byte) 0xFE, (byte) 0xFF},
          new byte[] {(byte) 0x80},
          new byte[] {(byte) 0xC3, '('},
          new byte[] {(byte) 0xC0, (byte) 0xAF},
          new byte[] {(byte) 0xE2, (byte) 0x82},
          new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80});

  /** A sequence that is not UTF-8 in place of the text of a value, or inserted in it. */
  static Arbitrary<Hostile> notUtf8(JsonNode root, List<Place> textPlaces) {
    return Combinators.combine(
            Arbitraries.of(textPlaces),
            Arbitraries.of(NOT_UTF8),
            Arbitraries.integers().between(0, 3))
        .as(
            (place, bad, at) -> {
              String text = root.at(place.pointer()).textValue();
              byte[] before =
                  text.substring(0, Math.min(at, text.length())).getBytes(StandardCharsets.UTF_8);
              byte[] after =
                  text.substring(Math.min(at, text.length())).getBytes(StandardCharsets.UTF_8);
              byte[] marked = replaced(root, place, '"' + MARK + '"');
              int mark = indexOf(marked, MARK.getBytes(StandardCharsets.UTF_8));
              byte[] out =
                  concat(
                      slice(marked, mark), before, bad, after, tail(marked, mark + MARK.length()));
              return new Hostile(
                  "bytes " + hex(bad) + " that are not UTF-8 at character " + at,
                  place.path(),
                  out);
            });
  }

  /** A sequence that is not UTF-8 inserted at any byte of a document. */
  static Arbitrary<Hostile> notUtf8Anywhere(byte[] valid) {
    return Combinators.combine(
            Arbitraries.integers().between(0, valid.length), Arbitraries.of(NOT_UTF8))
        .as(
            (at, bad) ->
                new Hostile(
                    "bytes " + hex(bad) + " that are not UTF-8 at byte " + at,
                    "$",
                    concat(slice(valid, at), bad, tail(valid, at))));
  }

  /**
   * A field given twice, first with another value, or an object with a field given twice in place
   * of an element of a list.
   */
  static Arbitrary<Hostile> duplicateKeys(JsonNode root, List<Place> places) {
    return Combinators.combine(
            Arbitraries.of(places.stream().filter(p -> p.field() != null).toList()),
            Arbitraries.of("\"x\"", "\"350111002\"", "[]", "42"))
        .as(
            (place, first) -> {
              if (place.pointer().endsWith("/" + place.field())) {
                String twice = first + ", \"" + place.field() + "\": " + root.at(place.pointer());
                return new Hostile(
                    "field " + place.field() + " given twice",
                    place.path(),
                    replaced(root, place, twice));
              }
              return new Hostile(
                  "an element with a field given twice",
                  place.path(),
                  replaced(root, place, "{\"a\": " + first + ", \"a\": 2}"));
            });
  }

  /**
   * Values of the wrong type, megabytes of text in place of text, and deep nesting anywhere.
   *
   * @param texts the places of text values that hold no more than 10,000 characters
   */
  static Arbitrary<Hostile> wrongValues(JsonNode root, List<Place> places, List<Place> texts) {
    return Arbitraries.oneOf(
        wrongTypes(root, places), hugeStrings(root, texts), deepNesting(root, places));
  }

  /** Text after the end of the document. */
  static Arbitrary<Hostile> trailingContent(byte[] valid) {
    return Arbitraries.of("x", "}", "]", "{}", "[]", "1", "\"more\"", "null", ",", "{\"a\": 1}")
        .map(
            extra ->
                new Hostile(
                    "followed by " + extra,
                    "$",
                    concat(valid, ("\n" + extra + "\n").getBytes(StandardCharsets.UTF_8))));
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= bytes.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException("no mark in the document");
  }

  private static byte[] tail(byte[] bytes, int from) {
    byte[] rest = new byte[bytes.length - from];
    System.arraycopy(bytes, from, rest, 0, rest.length);
    return rest;
  }

  static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(sb.length() == 0 ? "" : " ").append(String.format("%02X", b));
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- what a refusal must be

  /**
   * The refusal of a hostile document, failing if the reader loads it or throws anything but a
   * {@link JsonLoadException}, and checking every problem of the refusal.
   */
  static JsonLoadException refusal(Reader reader, Hostile hostile, String source) {
    Optional<JsonLoadException> refused = outcome(reader, hostile, source);
    assertThat(refused).as("%s was loaded", hostile).isPresent();
    return refused.get();
  }

  /**
   * Reads a document that a reader may load or refuse: empty if it loaded, or its refusal, checked
   * as {@link #refusal} checks it.
   */
  static Optional<JsonLoadException> outcome(Reader reader, Hostile hostile, String source) {
    try {
      reader.read(hostile.bytes());
      return Optional.empty();
    } catch (JsonLoadException e) {
      checkProblems(e, hostile, source);
      return Optional.of(e);
    } catch (Throwable t) { // NOPMD: anything else a hostile document provokes is the failure
      throw new AssertionError(
          hostile + " threw " + t.getClass().getName() + " instead of a JsonLoadException", t);
    }
  }

  private static void checkProblems(JsonLoadException e, Hostile hostile, String source) {
    assertThat(e.source()).isEqualTo(source);
    assertThat(e.getMessage().length())
        .as("length of the message refusing %s", hostile)
        .isLessThanOrEqualTo(LONGEST_MESSAGE);
    assertThat(e.problems()).isNotEmpty();
    for (JsonProblem p : e.problems()) {
      assertThat(p.path()).as("path of %s refusing %s", p, hostile).startsWith("$");
      assertThat(p.message()).as("message of %s refusing %s", p, hostile).isNotBlank();
      assertThat(p.toString().length())
          .as("length of a problem refusing %s: %s", hostile, shortened(p.toString()))
          .isLessThanOrEqualTo(LONGEST_PROBLEM);
      if (!p.path().equals("$")) {
        assertThat(p.line()).as("line of %s refusing %s", p, hostile).isPositive();
      }
    }
  }

  /**
   * Checks the refusal of a document that is not well-formed: a single problem, on a line of the
   * text unless the document is empty.
   *
   * @return the problem
   */
  static JsonProblem notWellFormed(JsonLoadException e, Hostile hostile) {
    assertThat(e.problems()).as("%s: %s", hostile, e.getMessage()).hasSize(1);
    JsonProblem p = e.problems().get(0);
    if (!p.message().equals("the document is empty")) {
      assertThat(p.line())
          .as("%s: %s", hostile, p)
          .isBetween(1, lineAt(hostile.bytes(), hostile.bytes().length));
    }
    return p;
  }

  /** Checks that a refusal {@linkplain #namesThePlace names the place} of the hostile change. */
  static void assertNamesThePlace(JsonLoadException e, Hostile hostile) {
    assertThat(namesThePlace(e, hostile)).as("%s: %s", hostile, e.getMessage()).isTrue();
  }

  /**
   * Whether a refusal names the place a hostile change was made: a problem at a path {@link
   * #within} it or at a value that holds it (a record refusing one of its fields is named by its
   * own path), or the document refused as not well-formed at a line, as when it is nested too deep.
   */
  static boolean namesThePlace(JsonLoadException e, Hostile hostile) {
    String changed = hostile.path();
    return e.problems().stream()
        .anyMatch(
            p ->
                within(changed, p.path())
                    || p.path().equals("$") && p.line() > 0
                    || !p.path().equals("$")
                        && (changed.startsWith(p.path() + ".")
                            || changed.startsWith(p.path() + "[")));
  }

  /** The line a byte offset is on, from 1. */
  static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < Math.min(offset, bytes.length); i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The paths of a refusal's problems. */
  static List<String> paths(JsonLoadException e) {
    return e.problems().stream().map(JsonProblem::path).toList();
  }

  /**
   * Whether a problem's path names a changed place: the place itself, a value inside it, or an
   * element of a list that holds it.
   */
  static boolean within(String changed, String problem) {
    if (problem.equals(changed)
        || problem.startsWith(changed + ".")
        || problem.startsWith(changed + "[")) {
      return true;
    }
    return problem.contains("[")
        && (changed.startsWith(problem + ".") || changed.startsWith(problem + "["));
  }

  private static String shortened(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "... (" + s.length() + " characters)";
  }
}
