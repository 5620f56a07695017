package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridgov.core.io.HostileJson.Hostile;
import org.gridgov.core.io.HostileJson.Place;
import org.gridgov.core.workorder.Report;

/**
 * Hostile reports, the facts of a new work order as a host or the {@code route} command reads them:
 * each is refused with a {@link JsonLoadException} naming where it goes wrong, and nothing else is
 * thrown; the reader reads the valid report unchanged after each refusal.
 */
class ReportJsonBadInputProperties {

  private static final String SOURCE = "order.json";
  private static final ReportJson READER = new ReportJson();
  private static final byte[] VALID =
      """
      {
        "id": "WO-2024-0001",
        "origin": {"list": "DEMAND", "id": "D-2024-0001"},
        "category": "SERVICE_DISPUTE",
        "matterKind": "AUTONOMY",
        "urgency": "ROUTINE",
        "channel": "CALL_GROUP",
        "grid": "350111001001001",
        "compound": "zhanqian-new-village",
        "summary": "楼上卫生间漏水到楼下，两户协商不成"
      }
      """
          .getBytes(StandardCharsets.UTF_8);

  private static final JsonNode TREE = HostileJson.tree(VALID);
  private static final Report LOADED = READER.read(VALID, SOURCE);
  private static final List<Place> PLACES = HostileJson.places(TREE);
  private static final List<Place> TEXTS = HostileJson.texts(PLACES);
  private static final Set<String> ENUMS = Set.of("list", "matterKind", "urgency", "channel");

  /** The refusal of a report, after which the reader still reads the valid report. */
  static JsonLoadException refusal(Hostile hostile) {
    JsonLoadException e = HostileJson.refusal(b -> READER.read(b, SOURCE), hostile, SOURCE);
    assertThat(READER.read(VALID, SOURCE)).isEqualTo(LOADED);
    return e;
  }

  private static void refusedAsMalformed(Hostile hostile) {
    assertThat(HostileJson.notWellFormed(refusal(hostile), hostile).path()).isEqualTo("$");
  }

  /** Every hostile report that is not well-formed JSON, of every kind. */
  @Provide
  Arbitrary<Hostile> malformed() {
    return HostileJson.malformed(VALID, TREE, PLACES);
  }

  @Property(tries = 200)
  void aReportThatIsNotWellFormedIsRefusedAtItsLine(@ForAll("malformed") Hostile hostile) {
    refusedAsMalformed(hostile);
  }

  @Provide
  Arbitrary<Hostile> everyCut() {
    return HostileJson.truncations(VALID);
  }

  @Property(tries = 1_000, generation = GenerationMode.EXHAUSTIVE)
  void aReportCutOffAtAnyByteIsRefused(@ForAll("everyCut") Hostile cut) {
    refusedAsMalformed(cut);
  }

  @Provide
  Arbitrary<Hostile> wrongValues() {
    return Arbitraries.oneOf(
        HostileJson.wrongValues(TREE, PLACES, TEXTS),
        HostileJson.hugeNames(TREE, PLACES),
        unknownEnumValues(),
        malformedCodesAndIds());
  }

  @Property(tries = 300)
  void aWrongValueIsRefusedAtItsPath(@ForAll("wrongValues") Hostile hostile) {
    HostileJson.assertNamesThePlace(refusal(hostile), hostile);
  }

  private static Arbitrary<Hostile> unknownEnumValues() {
    List<Place> enums = PLACES.stream().filter(p -> ENUMS.contains(p.field())).toList();
    Arbitrary<String> words =
        Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(20),
            Arbitraries.of("routine", "Demand", "Routine", "CALL-GROUP", "CALL GROUP", "0", ""));
    return Combinators.combine(Arbitraries.of(enums), words)
        .filter((place, word) -> !word.equals(TREE.at(place.pointer()).textValue()))
        .as(
            (place, word) ->
                new Hostile(
                    "unknown value " + word,
                    place.path(),
                    HostileJson.replaced(TREE, place, '"' + word + '"')));
  }

  private static Arbitrary<Hostile> malformedCodesAndIds() {
    List<Place> ids =
        PLACES.stream()
            .filter(p -> Set.of("id", "grid", "category", "compound").contains(p.field()))
            .toList();
    List<String> everywhere =
        List.of("", " ", "WO 1", "WO/1", "-WO-1", "x".repeat(65), "编号", "ＷＯ１", "WO-1\\n");
    return Arbitraries.of(ids)
        .flatMap(
            place -> {
              List<String> values = new java.util.ArrayList<>(everywhere);
              if (place.field().equals("grid")) {
                values.addAll(List.of("35011100100100", "3501110010010011", "35011100100100O"));
              } else if (place.field().equals("category")) {
                values.addAll(List.of("service_dispute", "1SERVICE", "SERVICE-DISPUTE"));
              }
              return Arbitraries.of(values)
                  .map(
                      value ->
                          new Hostile(
                              "malformed " + place.field() + " " + value,
                              place.path(),
                              HostileJson.replaced(TREE, place, '"' + value + '"')));
            });
  }
}
