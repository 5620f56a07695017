package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.io.HostileJson.paths;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridgov.core.io.HostileJson.Hostile;
import org.gridgov.core.io.HostileJson.Place;

/**
 * Hostile district files: each is refused with a {@link JsonLoadException} naming where it goes
 * wrong, and nothing else is thrown; the reader, used for every try, reads the shipped district
 * unchanged after each refusal.
 */
class HierarchyJsonBadInputProperties {

  private static final String SOURCE = "district.json";
  private static final HierarchyJson READER = new HierarchyJson();
  private static final byte[] JINAN = jinan();
  private static final JsonNode TREE = HostileJson.tree(JINAN);
  private static final HierarchyJson.Hierarchy LOADED = READER.read(JINAN, SOURCE);
  private static final List<Place> PLACES = HostileJson.places(TREE);
  private static final List<Place> TEXTS =
      PLACES.stream()
          .filter(p -> p.type() == JsonNodeType.STRING && !p.path().equals("$.source"))
          .toList();
  private static final List<Place> CODES =
      PLACES.stream().filter(p -> "code".equals(p.field())).toList();

  /** A small district written by hand, short enough to cut at every byte. */
  private static final byte[] SMALL =
      """
      {
        "source": "written for the tests",
        "district": {"code": "350111", "name": "晋安区"},
        "streets": [
          {"code": "350111001", "name": "茶园街道",
           "communities": [{"code": "350111001001", "name": "站前社区委员会"}]},
          {"code": "350111100", "name": "鼓山镇",
           "communities": [
             {"code": "350111100001", "name": "鼓山社区居委会"},
             {"code": "350111100201", "name": "前屿村委会"}]}
        ]
      }
      """
          .getBytes(StandardCharsets.UTF_8);

  private static byte[] jinan() {
    try (InputStream in = HierarchyJson.class.getResourceAsStream(HierarchyJson.JINAN_RESOURCE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final HierarchyJson.Hierarchy SMALL_LOADED = READER.read(SMALL, SOURCE);

  /**
   * The refusal of a document, after which the reader reads a valid one as before: the small
   * district after a change to it, Jin'an after a change to Jin'an.
   */
  private static JsonLoadException refusal(Hostile hostile) {
    JsonLoadException e = HostileJson.refusal(b -> READER.read(b, SOURCE), hostile, SOURCE);
    if (hostile.bytes().length < SMALL.length * 2) {
      assertThat(READER.read(SMALL, SOURCE)).isEqualTo(SMALL_LOADED);
    } else {
      assertThat(READER.read(JINAN, SOURCE)).isEqualTo(LOADED);
    }
    return e;
  }

  /** The refusal of a document that is not well-formed: one problem, on a line of the text. */
  private static void refusedAsMalformed(Hostile hostile) {
    assertThat(HostileJson.notWellFormed(refusal(hostile), hostile).path()).isEqualTo("$");
  }

  // ---------------------------------------------------------------- not well-formed

  @Provide
  Arbitrary<Hostile> everyCutOfTheSmallDistrict() {
    return HostileJson.truncations(SMALL);
  }

  @Property(tries = 1_000, generation = GenerationMode.EXHAUSTIVE)
  void aDistrictCutOffAnywhereIsRefusedAtTheLineWhereItBreaksOff(
      @ForAll("everyCutOfTheSmallDistrict") Hostile cut) {
    refusedAsMalformed(cut);
  }

  @Provide
  Arbitrary<Hostile> malformed() {
    return Arbitraries.oneOf(HostileJson.malformed(JINAN, TREE, PLACES), otherEncodings());
  }

  /** The district saved in an encoding of Chinese other than UTF-8. */
  private static Arbitrary<Hostile> otherEncodings() {
    String text = new String(JINAN, StandardCharsets.UTF_8);
    return Arbitraries.of("GBK", "GB18030", "Big5")
        .filter(Charset::isSupported)
        .map(cs -> new Hostile("saved as " + cs, "$", text.getBytes(Charset.forName(cs))));
  }

  @Property(tries = 250)
  void theShippedDistrictSpoiledIsRefusedAtTheLineWhereItBreaks(
      @ForAll("malformed") Hostile hostile) {
    refusedAsMalformed(hostile);
  }

  // ---------------------------------------------------------------- wrong values

  @Provide
  Arbitrary<Hostile> wrongValues() {
    return HostileJson.wrongValues(TREE, PLACES, TEXTS);
  }

  @Property(tries = 250)
  void aWrongValueIsRefusedAtItsPath(@ForAll("wrongValues") Hostile hostile) {
    HostileJson.assertNamesThePlace(refusal(hostile), hostile);
  }

  // ---------------------------------------------------------------- codes and references

  /** Codes of the wrong length or with characters that are not ASCII digits. */
  @Provide
  Arbitrary<Hostile> malformedCodes() {
    return Combinators.combine(
            Arbitraries.of(CODES),
            Arbitraries.of(
                "drop a digit",
                "drop three digits",
                "add a digit",
                "add three digits",
                "a letter",
                "a full-width digit",
                "a space",
                "a sign",
                "empty"),
            Arbitraries.integers().between(0, 5))
        .as(
            (place, how, at) -> {
              String code = TREE.at(place.pointer()).textValue();
              int i = at % code.length();
              String bad =
                  switch (how) {
                    case "drop a digit" -> code.substring(1);
                    case "drop three digits" -> code.substring(0, code.length() - 3);
                    case "add a digit" -> code + at;
                    case "add three digits" -> code + "00" + at;
                    case "a letter" -> code.substring(0, i) + "O" + code.substring(i + 1);
                    case "a full-width digit" -> code.substring(0, i) + "３" + code.substring(i + 1);
                    case "a space" -> code.substring(0, i) + " " + code.substring(i + 1);
                    case "a sign" -> "-" + code.substring(1);
                    default -> "";
                  };
              return new Hostile(
                  how + " in " + code,
                  place.path(),
                  HostileJson.replaced(TREE, place, '"' + bad + '"'));
            });
  }

  @Property(tries = 150)
  void aMalformedCodeIsRefusedAtItsPathNamingTheDigits(@ForAll("malformedCodes") Hostile hostile) {
    JsonLoadException e = refusal(hostile);

    assertThat(e.problems())
        .as("%s: %s", hostile, e.getMessage())
        .anyMatch(p -> p.path().equals(hostile.path()) && p.message().contains(" digits, got "));
  }

  /** A change to the tree of the district: what it is, and the path of the code it spoils. */
  private record Spoiler(String kind, BiFunction<ObjectNode, int[], String> apply) {}

  private static ArrayNode streets(ObjectNode tree) {
    return (ArrayNode) tree.get("streets");
  }

  private static ArrayNode communities(ObjectNode tree, int street) {
    return (ArrayNode) streets(tree).get(street).get("communities");
  }

  private static String codeOf(ObjectNode tree, int street, int community) {
    return communities(tree, street).get(community).get("code").textValue();
  }

  /**
   * Duplicate and dangling codes and codes that name their own parent. Each takes a street, a
   * community of it and another street, all three taken modulo what exists.
   */
  private static final List<Spoiler> SPOILERS =
      List.of(
          new Spoiler(
              "a community listed twice in its street",
              (t, a) -> {
                ArrayNode list = communities(t, a[0]);
                list.add(list.get(a[1]).deepCopy());
                return "$.streets[" + a[0] + "].communities[" + (list.size() - 1) + "].code";
              }),
          new Spoiler(
              "a community listed under two streets",
              (t, a) -> {
                ArrayNode other = communities(t, a[2]);
                other.add(communities(t, a[0]).get(a[1]).deepCopy());
                return "$.streets[" + a[2] + "].communities[" + (other.size() - 1) + "].code";
              }),
          new Spoiler(
              "a community moved under another street",
              (t, a) -> {
                ArrayNode other = communities(t, a[2]);
                other.add(communities(t, a[0]).remove(a[1]));
                return "$.streets[" + a[2] + "].communities[" + (other.size() - 1) + "].code";
              }),
          new Spoiler(
              "a community of a street the district does not have",
              (t, a) -> {
                String code = codeOf(t, a[0], a[1]);
                ((ObjectNode) communities(t, a[0]).get(a[1]))
                    .put("code", code.substring(0, 6) + "777" + code.substring(9));
                return "$.streets[" + a[0] + "].communities[" + a[1] + "].code";
              }),
          new Spoiler(
              "a street listed twice",
              (t, a) -> {
                streets(t).add(streets(t).get(a[0]).deepCopy());
                return "$.streets[" + (streets(t).size() - 1) + "].code";
              }),
          new Spoiler(
              "a street of another district",
              (t, a) -> {
                ObjectNode street = (ObjectNode) streets(t).get(a[0]);
                street.put("code", "350102" + street.get("code").textValue().substring(6));
                return "$.streets[" + a[0] + "].code";
              }),
          new Spoiler(
              "a street whose code is its district's",
              (t, a) -> {
                ((ObjectNode) streets(t).get(a[0])).put("code", "350111");
                return "$.streets[" + a[0] + "].code";
              }),
          new Spoiler(
              "a community whose code is its street's",
              (t, a) -> {
                ObjectNode street = (ObjectNode) streets(t).get(a[0]);
                ((ObjectNode) communities(t, a[0]).get(a[1]))
                    .put("code", street.get("code").textValue());
                return "$.streets[" + a[0] + "].communities[" + a[1] + "].code";
              }),
          new Spoiler(
              "a district whose code is one of its streets'",
              (t, a) -> {
                ((ObjectNode) t.get("district"))
                    .put("code", streets(t).get(a[0]).get("code").textValue());
                return "$.district.code";
              }),
          new Spoiler(
              "a community listed as a street",
              (t, a) -> {
                ObjectNode street = streets(t).addObject();
                street.put("code", codeOf(t, a[0], a[1])).put("name", "社区").putArray("communities");
                return "$.streets[" + (streets(t).size() - 1) + "].code";
              }));

  @Provide
  Arbitrary<Hostile> spoiledReferences() {
    return Combinators.combine(
            Arbitraries.of(SPOILERS),
            Arbitraries.integers().between(0, 8),
            Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(1, 8))
        .as(
            (spoiler, street, community, shift) -> {
              ObjectNode tree = TREE.deepCopy();
              int size = communities(tree, street).size();
              int[] at = {street, community % size, (street + shift) % 9};
              String path = spoiler.apply().apply(tree, at);
              return new Hostile(spoiler.kind(), path, HostileJson.pretty(tree));
            });
  }

  @Property(tries = 200)
  void duplicateDanglingAndSelfNamingCodesAreRefusedAtTheCode(
      @ForAll("spoiledReferences") Hostile hostile) {
    JsonLoadException e = refusal(hostile);

    assertThat(paths(e)).as("%s: %s", hostile, e.getMessage()).contains(hostile.path());
  }

  @Property(tries = 10)
  void everyRepetitionIsReportedButTheMessageListsFifty(@ForAll("repetitions") int times) {
    ObjectNode tree = TREE.deepCopy();
    ArrayNode list = communities(tree, 0);
    for (int i = 0; i < times; i++) {
      list.add(list.get(0).deepCopy());
    }

    JsonLoadException e =
        refusal(
            new Hostile(
                "the first community repeated " + times + " times", "$", HostileJson.pretty(tree)));

    assertThat(e.problems()).hasSize(times);
    assertThat(e.getMessage().lines().count()).isLessThanOrEqualTo(52);
  }

  @Provide
  Arbitrary<Integer> repetitions() {
    return Arbitraries.integers().between(1, 5_000);
  }
}
