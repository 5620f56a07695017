package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridType;
import org.gridgov.core.territory.NationalTerritory;
import org.gridgov.core.territory.NationalTerritory.CommunityView;
import org.gridgov.core.territory.Street;
import org.gridgov.core.territory.Territory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalTerritoryJsonlTest {

  private static final String JINAN_LINES = "/org/gridgov/core/io/national-350111.jsonl";

  private static final String VALID =
      """
      {"code":"110101001001","name":"多福巷社区居委会","street":"110101001","county":"110101","city":"1101","province":"11"}
      {"code":"110101001002","name":"银闸社区居委会","street":"110101001","county":"110101","city":"1101","province":"11"}

      {"name": "站前社区委员会", "code": "350111001001", "county": "350111", "street": "350111001", "note": [1, 2]}
      {"code":"350111100201","name":"\\u67d0\\u6751","street":"350111100","county":"350111","city":null}
      """;

  private final NationalTerritoryJsonl reader = new NationalTerritoryJsonl();

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private NationalTerritory read(String text) throws JsonLoadException {
    return reader.read(stream(text), "test.jsonl", NationalTerritory.DEFAULT_GRIDS_PER_COMMUNITY);
  }

  private JsonLoadException failure(String text) {
    try {
      read(text);
    } catch (JsonLoadException e) {
      return e;
    }
    throw new AssertionError("expected the lines to be refused");
  }

  private static String line(String code, String name, String street, String county) {
    return "{\"code\":\""
        + code
        + "\",\"name\":\""
        + name
        + "\",\"street\":\""
        + street
        + "\",\"county\":\""
        + county
        + "\"}\n";
  }

  @Test
  void readsLinesInAnyFieldOrderWithEscapesNullsAndUnknownFields() throws JsonLoadException {
    NationalTerritory t = read(VALID);

    assertThat(t.communities())
        .extracting(CommunityView::toCommunity)
        .containsExactly(
            new Community(CommunityCode.of("110101001001"), "多福巷社区居委会"),
            new Community(CommunityCode.of("110101001002"), "银闸社区居委会"),
            new Community(CommunityCode.of("350111001001"), "站前社区委员会"),
            new Community(CommunityCode.of("350111100201"), "某村"));
    assertThat(t.streetCount()).isEqualTo(3);
    assertThat(t.districtCount()).isEqualTo(2);
    assertThat(t.gridCount()).isEqualTo(20);
  }

  @Test
  void readsAGzipFileWithTheGivenGrids(@TempDir Path dir) throws IOException, JsonLoadException {
    Path file = dir.resolve("villages.jsonl.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(VALID.getBytes(StandardCharsets.UTF_8));
    }

    NationalTerritory t = reader.read(file, 2);

    assertThat(t.communityCount()).isEqualTo(4);
    assertThat(t.grid("350111100201002").map(g -> g.community().name())).contains("某村");
    assertThat(t.grid("350111100201003")).isEmpty();
  }

  @Test
  void readsTheJinanLinesAsTheObjectModelReadsJinan() throws JsonLoadException {
    Territory jinan = new HierarchyJson().readJinan().territory();
    NationalTerritory national = jinanLines(NationalTerritory.DEFAULT_GRIDS_PER_COMMUNITY);

    assertThat(national.districts()).singleElement().hasToString("350111");
    assertThat(national.streets())
        .extracting(s -> s.code())
        .containsExactlyInAnyOrderElementsOf(jinan.streets().stream().map(Street::code).toList());
    assertThat(national.communities())
        .extracting(CommunityView::toCommunity)
        .containsExactlyInAnyOrderElementsOf(jinan.communities());
    for (Community c : jinan.communities()) {
      CommunityView found = national.community(c.code()).orElseThrow();
      assertThat(found.toCommunity()).isEqualTo(c);
      assertThat(found.kind()).isEqualTo(c.kind());
      assertThat(jinan.street(found.street().code())).isPresent();
      assertThat(found.district().code()).isEqualTo(jinan.district().code());
    }
    for (Street s : jinan.streets()) {
      assertThat(national.street(s.code()).orElseThrow().communities())
          .extracting(CommunityView::toCommunity)
          .containsExactlyInAnyOrderElementsOf(jinan.communitiesOf(s.code()));
      assertThat(national.street(s.code()).orElseThrow().kind()).isEqualTo(s.kind());
    }
  }

  @Test
  void generatesTheGridsTheObjectModelWouldHoldForJinan() throws JsonLoadException {
    Territory jinan = new HierarchyJson().readJinan().territory();
    NationalTerritory national = jinanLines(5);
    Territory.Builder withGrids = jinan.toBuilder();
    for (Community c : jinan.communities()) {
      for (int serial = 1; serial <= 5; serial++) {
        withGrids.add(
            new Grid(c.code().grid(serial), c.name() + "第" + serial + "网格", GridType.BASIC, 0));
      }
    }
    Territory objects = withGrids.build();

    assertThat(national.gridCount()).isEqualTo(objects.grids().size()).isEqualTo(212 * 5);
    for (Grid g : objects.grids()) {
      assertThat(national.grid(g.code()).orElseThrow().toGrid()).isEqualTo(g);
    }
    for (Street s : jinan.streets()) {
      assertThat(national.street(s.code()).orElseThrow().grids())
          .extracting(NationalTerritory.GridView::toGrid)
          .containsExactlyInAnyOrderElementsOf(objects.gridsOf(s.code()));
    }
  }

  private NationalTerritory jinanLines(int grids) throws JsonLoadException {
    try (InputStream in = NationalTerritoryJsonlTest.class.getResourceAsStream(JINAN_LINES)) {
      return reader.read(in, JINAN_LINES, grids);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void reportsACodeOfTheWrongLengthWithItsLine() {
    JsonLoadException e =
        failure(
            line("110101001001", "多福巷", "110101001", "110101")
                + line("11010100100", "短码", "110101001", "110101"));

    assertThat(e.problems())
        .extracting(JsonProblem::toString)
        .containsExactly(
            "$.code (line 2): a community code has 12 digits, got 11 digits, \"11010100100\"");
    assertThat(e.source()).isEqualTo("test.jsonl");
  }

  @Test
  void reportsAStreetThatIsNotTheStartOfTheCode() {
    JsonLoadException e = failure(line("110101001001", "多福巷", "110101002", "110101"));

    assertThat(e.problems())
        .extracting(JsonProblem::toString)
        .containsExactly(
            "$.street (line 1): community 110101001001 is not in street 110101002 (its first nine"
                + " digits differ)");
  }

  @Test
  void reportsParentsThatDoNotAgreeWithTheCodeOrAreMalformed() {
    JsonLoadException e =
        failure(
            """
            {"code":"110101001001","name":"多福巷","street":"11010100","county":"110102","city":"1102","province":"12"}
            {"code":"110101001002","name":"银闸","street":"110101001","county":"110101","city":"11011","province":"1"}
            """);

    assertThat(e.problems())
        .extracting(JsonProblem::toString)
        .containsExactly(
            "$.street (line 1): a street code has 9 digits, got 8 digits, \"11010100\"",
            "$.county (line 1): community 110101001001 is not in county 110102 (its first six"
                + " digits differ)",
            "$.city (line 1): community 110101001001 is not in city 1102 (its first four digits"
                + " differ)",
            "$.province (line 1): community 110101001001 is not in province 12 (its first two"
                + " digits differ)",
            "$.city (line 2): a city code has 4 digits, got 5 digits, \"11011\"",
            "$.province (line 2): a province code has 2 digits, got 1 digit, \"1\"");
  }

  @Test
  void reportsAMissingParentAsRequired() {
    JsonLoadException e =
        failure(
            """
            {"code":"110101001001","name":"多福巷","county":"110101"}
            {"code":"110101001002","name":"银闸","street":null,"county":null}
            """);

    assertThat(e.problems())
        .extracting(JsonProblem::toString)
        .containsExactly(
            "$.street (line 1): is required",
            "$.street (line 2): is required",
            "$.county (line 2): is required");
  }

  @Test
  void reportsADuplicateCodeWithTheLineOfTheFirst() {
    JsonLoadException e =
        failure(
            line("110101001001", "多福巷", "110101001", "110101")
                + line("110101001002", "银闸", "110101001", "110101")
                + "\n"
                + line("110101001001", "又一个", "110101001", "110101"));

    assertThat(e.problems())
        .singleElement()
        .hasToString("$.code (line 4): community 110101001001 appears twice; first at line 1");
  }

  @Test
  void reportsADuplicateCodeOutOfCodeOrder() {
    JsonLoadException e =
        failure(
            line("350111001001", "站前", "350111001", "350111")
                + line("110101001001", "多福巷", "110101001", "110101")
                + line("350111001001", "又一个", "350111001", "350111"));

    assertThat(e.problems())
        .singleElement()
        .hasToString("$.code (line 3): community 350111001001 appears twice; first at line 1");
  }

  @Test
  void reportsLinesThatAreNotOneObjectOfTextFields() {
    JsonLoadException e =
        failure(
            """
            {"code":"110101001001","name":"多福巷","street":"110101001","county":"110101"
            ["110101001002"]
            {"code":110101001003,"name":" ","street":"110101001","county":"110101"}
            {"code":"110101001004","code":"110101001005","name":"甲","street":"110101001","county":"110101"}
            {"code":"110101001006","name":"乙","street":"110101001","county":"110101"} {}
            """);

    assertThat(e.problems())
        .extracting(p -> p.path() + " (line " + p.line() + ")")
        .containsExactly(
            "$ (line 1)",
            "$ (line 2)",
            "$.code (line 3)",
            "$.name (line 3)",
            "$.code (line 4)",
            "$ (line 5)");
    assertThat(e.problems().get(0).message()).startsWith("not well-formed JSON");
    assertThat(e.problems().get(1).message())
        .isEqualTo("a line holds one JSON object, got an array");
    assertThat(e.problems().get(2).message()).isEqualTo("should be text, got number 110101001003");
    assertThat(e.problems().get(2).column()).isEqualTo(9);
    assertThat(e.problems().get(3).message()).isEqualTo("a community name must not be blank");
    assertThat(e.problems().get(4).message()).isEqualTo("appears twice in the line");
    assertThat(e.problems().get(5).message())
        .startsWith("a line holds one JSON object; more follows");
    assertThat(e.getMessage()).startsWith("test.jsonl: 6 problems");
  }

  @Test
  void stopsAfterAHundredProblems() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      text.append(line("1101010010", "短码", "110101001", "110101"));
    }

    JsonLoadException e = failure(text.toString());

    assertThat(e.problems()).hasSize(NationalTerritoryJsonl.MAX_PROBLEMS + 1);
    assertThat(e.problems().get(NationalTerritoryJsonl.MAX_PROBLEMS))
        .hasToString("$ (line 100): stopped reading at line 100 after 100 problems");
  }

  @Test
  void refusesAnEmptyFileAndATruncatedGzipStream() throws IOException {
    assertThat(failure("\n\n").problems())
        .singleElement()
        .hasToString("$: holds no village-level unit");

    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(VALID.getBytes(StandardCharsets.UTF_8));
    }
    byte[] truncated = java.util.Arrays.copyOf(gz.toByteArray(), gz.size() - 20);
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(truncated), "cut.gz", 5))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining("cut.gz: $")
        .hasMessageContaining("cannot be read");
  }

  @Test
  void refusesAMissingFileAndALineLongerThanAMebibyte(@TempDir Path dir) {
    assertThatThrownBy(() -> reader.read(dir.resolve("none.jsonl")))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining("none.jsonl: $: cannot be read: java.nio.file.NoSuchFileException");

    String longLine = "{\"name\":\"" + "村".repeat(NationalTerritoryJsonl.MAX_LINE / 3) + "\"}\n";
    assertThat(failure(line("110101001001", "多福巷", "110101001", "110101") + longLine).problems())
        .singleElement()
        .hasToString("$ (line 2): a line is longer than 1048576 bytes");
  }

  @Test
  void refusesABadNumberOfGridsBeforeReading() {
    assertThatThrownBy(() -> reader.read(stream(VALID), "test.jsonl", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a community has 1 to 999 grids, got 0");
  }

  @Test
  void readsTheSameWithJacksonAlone() throws JsonLoadException {
    NationalTerritory byHand = read(VALID);
    NationalTerritory byJackson =
        NationalTerritoryJsonl.withJacksonOnly().read(stream(VALID), "test.jsonl", 5);

    assertThat(byJackson.communities())
        .extracting(CommunityView::toString)
        .containsExactlyElementsOf(
            byHand.communities().stream().map(CommunityView::toString).toList());
    assertThat(List.of(byJackson.streetCount(), byJackson.gridCount()))
        .containsExactly(byHand.streetCount(), byHand.gridCount());
  }
}
