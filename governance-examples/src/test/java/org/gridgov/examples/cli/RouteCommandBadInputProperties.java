package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * {@code route ORDER.json} on hostile order files: the command exits with 1, prints nothing on its
 * output and one refusal on its error stream that names the file, the JSON path and the line, in a
 * bounded length and without a stack trace. The order is read before the district is populated, so
 * every try is quick.
 */
class RouteCommandBadInputProperties {

  /** The fields of a valid order, as raw JSON values. */
  private static final Map<String, String> VALID = valid();

  private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at \\S+\\(|^Caused by: ");
  private static final Pattern LOCATED = Pattern.compile("\\$[^ ]* \\(line \\d+");

  private static Path dir;

  private static Map<String, String> valid() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", "\"WO-2024-0001\"");
    fields.put("origin", "{\"list\": \"DEMAND\", \"id\": \"D-2024-0001\"}");
    fields.put("category", "\"SERVICE_DISPUTE\"");
    fields.put("matterKind", "\"AUTONOMY\"");
    fields.put("urgency", "\"ROUTINE\"");
    fields.put("channel", "\"CALL_GROUP\"");
    fields.put("grid", "\"350111001001001\"");
    fields.put("summary", "\"楼上卫生间漏水到楼下，两户协商不成\"");
    return fields;
  }

  @BeforeContainer
  static void makeFolder() throws IOException {
    dir = Files.createTempDirectory("route-bad-input");
  }

  @AfterContainer
  static void removeFolder() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * A hostile order file.
   *
   * @param kind what is wrong with it
   * @param bytes its content
   */
  record BadOrder(String kind, byte[] bytes) {
    @Override
    public String toString() {
      return kind + " (" + bytes.length + " bytes)";
    }
  }

  private static String json(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder("{\n");
    fields.forEach((k, v) -> sb.append("  \"").append(k).append("\": ").append(v).append(",\n"));
    sb.setLength(sb.length() - 2);
    return sb.append("\n}\n").toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Values that are wrong for every field: other types, blanks, megabytes, deep nesting. */
  private static final List<String> WRONG =
      List.of(
          "42",
          "-1.5e400",
          "true",
          "null",
          "[]",
          "{}",
          "\"\"",
          "\"  \"",
          "\"" + "字".repeat(1 << 20) + "\"",
          "[".repeat(5_000) + "]".repeat(5_000),
          "{\"a\": ".repeat(800) + "1" + "}".repeat(800));

  /** Values that are wrong for one field only: unknown words, codes of the wrong length. */
  private static final Map<String, List<String>> WRONG_FOR =
      Map.of(
          "matterKind", List.of("\"NO_SUCH_KIND\"", "\"autonomy\"", "[\"AUTONOMY\"]"),
          "urgency", List.of("\"SOON\"", "\"routine\"", "\"ROUTINE URGENT\""),
          "channel", List.of("\"CALL-GROUP\"", "\"PIGEON\""),
          "grid", List.of("\"35011100100100\"", "\"3501110010010011\"", "\"35011100100100X\""),
          "category", List.of("\"service_dispute\"", "\"1SERVICE\""),
          "id", List.of("\"WO 1\"", "\"-WO-1\""));

  @Provide
  Arbitrary<BadOrder> badOrders() {
    byte[] valid = utf8(json(VALID));
    List<String> fields = List.copyOf(VALID.keySet());
    Arbitrary<BadOrder> wrongValue =
        Arbitraries.of(fields)
            .flatMap(
                field -> {
                  List<String> values = new java.util.ArrayList<>(WRONG);
                  values.addAll(WRONG_FOR.getOrDefault(field, List.of()));
                  return Arbitraries.of(values).map(value -> wrongValue(field, value));
                });
    Arbitrary<BadOrder> missing =
        Arbitraries.of(fields)
            .map(
                field -> {
                  Map<String, String> fieldsNow = new LinkedHashMap<>(VALID);
                  fieldsNow.remove(field);
                  return new BadOrder("without " + field, utf8(json(fieldsNow)));
                });
    Arbitrary<BadOrder> cut =
        Arbitraries.integers()
            .between(0, valid.length - 3)
            .map(n -> new BadOrder("cut at byte " + n, java.util.Arrays.copyOf(valid, n)));
    Arbitrary<BadOrder> notUtf8 =
        Combinators.combine(
                Arbitraries.integers().between(0, valid.length - 1),
                Arbitraries.of((byte) 0xFF, (byte) 0xC0, (byte) 0xFE))
            .as(
                (at, b) -> {
                  byte[] bytes = valid.clone();
                  bytes[at] = b;
                  return new BadOrder("byte " + at + " replaced by " + (b & 0xFF), bytes);
                });
    Arbitrary<BadOrder> extra =
        Arbitraries.of("\"id\": \"WO-2\"", "\"unknown\": 1", "\"" + "k".repeat(30_000) + "\": 1")
            .map(
                field ->
                    new BadOrder(
                        "with " + field.substring(0, Math.min(20, field.length())),
                        utf8(json(VALID).replaceFirst("\\{", "{" + field + ", "))));
    return Arbitraries.oneOf(wrongValue, missing, cut, notUtf8, extra);
  }

  private static BadOrder wrongValue(String field, String value) {
    Map<String, String> fields = new LinkedHashMap<>(VALID);
    fields.put(field, value);
    return new BadOrder(
        field + " = " + value.substring(0, Math.min(20, value.length())), utf8(json(fields)));
  }

  private static int route(Path file, StringWriter out, StringWriter err) {
    return GridGovCommand.run(
        new PrintWriter(out, true), new PrintWriter(err, true), "route", file.toString());
  }

  @Property(tries = 150)
  void aBadOrderFileIsRefusedWithItsFilePathAndLine(@ForAll("badOrders") BadOrder bad) {
    Path file = dir.resolve("order.json");
    write(file, bad.bytes());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = route(file, out, err);

    String message = err.toString();
    assertThat(code).as("%s: %s", bad, message).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(message)
        .as("%s", bad)
        .startsWith(file + ": ")
        .doesNotContainPattern(STACK_TRACE)
        .satisfiesAnyOf(
            m -> assertThat(m).containsPattern(LOCATED),
            m -> assertThat(m).contains(": $: is larger than the 1.0 MiB a report file may have"),
            m ->
                assertThat(m)
                    .isEqualTo(file + ": $: the document is empty" + System.lineSeparator()));
    assertThat(message.length()).as("%s: %s", bad, message).isLessThan(64 * 1024);
  }

  @Property(tries = 3)
  void aMissingFileOrAFolderIsRefusedByName(@ForAll("unreadable") String name) {
    Path file = dir.resolve(name);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = route(file, out, err);

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains(file.toString())
        .containsAnyOf("no such file", "is a folder, not a file")
        .doesNotContainPattern(STACK_TRACE);
  }

  @Provide
  Arbitrary<String> unreadable() {
    return Arbitraries.of("missing.json", ".", "no/such/folder/order.json");
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
