package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridgov.core.territory.NationalTerritory;

/**
 * The reader's hand-written parser and Jackson's streaming parser read any lines alike: the same
 * index, or the same problems at the same lines and columns.
 */
class NationalTerritoryJsonlProperties {

  private static final String[] CODES = {
    "110101001001", "110101001002", "110101002001", "350111001001", "350111100201", "350527000000"
  };

  @Property(tries = 300)
  void theHandParserAndJacksonReadAnyLinesAlike(@ForAll("documents") byte[] document) {
    Outcome byHand = Outcome.of(new NationalTerritoryJsonl(), document);
    Outcome byJackson = Outcome.of(NationalTerritoryJsonl.withJacksonOnly(), document);

    assertThat(byHand).isEqualTo(byJackson);
  }

  /** What a read gives: every community with its street, or every problem. */
  record Outcome(List<String> units, List<String> problems) {
    static Outcome of(NationalTerritoryJsonl reader, byte[] document) {
      try {
        NationalTerritory t = reader.read(new ByteArrayInputStream(document), "doc.jsonl", 2);
        List<String> units = new ArrayList<>();
        t.grids().forEach(g -> units.add(g + " " + g.name() + " in " + g.street()));
        return new Outcome(units, List.of());
      } catch (JsonLoadException e) {
        return new Outcome(
            List.of(), e.problems().stream().map(p -> p + " @" + p.column()).toList());
      }
    }
  }

  @Provide
  Arbitrary<byte[]> documents() {
    return Arbitraries.longs().list().ofMinSize(1).ofMaxSize(12).map(seeds -> document(seeds));
  }

  /** A document of one line per seed, each a valid line or a valid line spoilt in some way. */
  private static byte[] document(List<Long> seeds) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (long seed : seeds) {
      byte[] line = line(new Random(seed));
      out.write(line, 0, line.length);
    }
    return out.toByteArray();
  }

  private static byte[] line(Random r) {
    String code = CODES[r.nextInt(CODES.length)];
    List<String> fields = new ArrayList<>();
    fields.add(field(r, "code", spoil(r, code)));
    fields.add(field(r, "name", name(r)));
    fields.add(field(r, "street", spoil(r, code.substring(0, 9))));
    fields.add(field(r, "county", spoil(r, code.substring(0, 6))));
    if (r.nextBoolean()) {
      fields.add(field(r, "city", spoil(r, code.substring(0, 4))));
      fields.add(field(r, "province", spoil(r, code.substring(0, 2))));
    }
    switch (r.nextInt(12)) {
      case 0 -> fields.remove(r.nextInt(fields.size()));
      case 1 -> fields.add("\"extra\":" + pick(r, "1", "[1,{\"a\":null}]", "{}", "\"x\"", "true"));
      case 2 -> fields.add(fields.get(r.nextInt(fields.size())));
      case 3 -> Collections.shuffle(fields, r);
      case 4 -> fields.set(r.nextInt(fields.size()), "\"name\":" + pick(r, "42", "null", "[]"));
      default -> {}
    }
    String space = pick(r, "", "", " ", "\t");
    String text = "{" + space + String.join("," + space, fields) + space + "}";
    text =
        switch (r.nextInt(16)) {
          case 0 -> text.substring(0, r.nextInt(text.length()));
          case 1 -> "[" + text + "]";
          case 2 -> text + " {}";
          case 3 -> text.replace("\",", "\" ,");
          case 4 -> "";
          case 5 -> text.replace("}", ",}");
          default -> text;
        };
    byte[] bytes = (text + pick(r, "\n", "\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
    if (r.nextInt(20) == 0) {
      // a byte that is not UTF-8 in the middle of the line
      int at = r.nextInt(bytes.length);
      bytes[at] = (byte) 0xC3;
    }
    return bytes;
  }

  private static String field(Random r, String name, String value) {
    return "\"" + name + "\"" + pick(r, ":", ":", " : ") + value;
  }

  private static String spoil(Random r, String digits) {
    return switch (r.nextInt(14)) {
      case 0 -> "\"" + digits.substring(1) + "\"";
      case 1 -> "\"" + digits + "0\"";
      case 2 -> "\"" + digits.replace('1', 'x') + "\"";
      case 3 -> "\"" + digits.replace('0', '9') + "\"";
      case 4 -> digits;
      case 5 -> "null";
      case 6 -> "\"\\u0031" + digits.substring(1) + "\"";
      default -> "\"" + digits + "\"";
    };
  }

  private static String name(Random r) {
    return pick(
        r,
        "\"站前社区委员会\"",
        "\"多福巷社区居委会\"",
        "\"某村\"",
        "\"\\u67d0\\u6751\"",
        "\"引\\\"号\"",
        "\" \"",
        "\"\"",
        "\"tab\tinside\"",
        "\"Ünïcödé 村\"");
  }

  private static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }
}
