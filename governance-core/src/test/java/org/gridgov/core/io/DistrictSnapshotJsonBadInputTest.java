package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.io.SnapshotDocuments.array;
import static org.gridgov.core.io.SnapshotDocuments.at;
import static org.gridgov.core.io.SnapshotDocuments.object;
import static org.gridgov.core.io.SnapshotDocuments.paths;
import static org.gridgov.core.io.SnapshotDocuments.refusal;
import static org.gridgov.core.io.SnapshotDocuments.remove;
import static org.gridgov.core.io.SnapshotDocuments.richText;
import static org.gridgov.core.io.SnapshotDocuments.richTree;
import static org.gridgov.core.io.SnapshotDocuments.setText;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gridgov.core.people.IdNumber;
import org.junit.jupiter.api.Test;

class DistrictSnapshotJsonBadInputTest {

  @Test
  void givenTruncatedJsonThenTheLineWhereItBreaksOffIsReported() {
    String text = richText();
    String truncated = text.substring(0, text.indexOf("\"people\""));
    int lines = truncated.split("\n", -1).length;

    JsonLoadException e = refusal(truncated);

    assertThat(e.problems()).hasSize(1);
    JsonProblem problem = e.problems().get(0);
    assertThat(problem.path()).isEqualTo("$");
    assertThat(problem.message()).startsWith("not well-formed JSON");
    assertThat(problem.line()).isBetween(lines - 1, lines);
    assertThat(e.source()).isEqualTo("district.json");
  }

  @Test
  void givenABlankDeadlineThenItIsRefusedRatherThanReadAsNoDeadline() {
    ObjectNode tree = richTree();
    setText(tree, "/orders/3/events/1/deadlines/resolveBy", " \n \n ");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.orders[3].events[1].deadlines.resolveBy");
  }

  @Test
  void givenADocumentOfAnotherFormatThenTheFormatIsRefused() {
    ObjectNode tree = richTree();
    tree.put("format", "gridgov-hierarchy");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.format");
    assertThat(e.problems().get(0).message())
        .contains("should be \"gridgov-district-snapshot\"", "gridgov-hierarchy");
  }

  @Test
  void givenALaterVersionThenTheVersionIsRefused() {
    ObjectNode tree = richTree();
    tree.put("version", 2);

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.version");
    assertThat(e.problems().get(0).message()).contains("version 2 is not supported");
  }

  @Test
  void givenAWrongFormatAndAMissingVersionThenBothAreReported() {
    ObjectNode tree = richTree();
    tree.put("format", "gridgov-calendar");
    tree.remove("version");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.format", "$.version");
    assertThat(at(e, "$.version").message()).contains("should be the number 1, got nothing");
  }

  @Test
  void givenAMisspelledFieldInAPersonThenTheFieldIsNamedWithTheKnownOnes() {
    ObjectNode tree = richTree();
    ObjectNode person = object(tree, "/people/persons/2");
    person.set("bulding", person.remove("building"));

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.people.persons[2].bulding");
    assertThat(e.problems().get(0).message())
        .contains("unknown field \"bulding\"", "building", "homeGrid");
  }

  @Test
  void givenAMisspelledRequiredFieldThenTheFieldIsReportedMissingAtItsPath() {
    ObjectNode tree = richTree();
    ObjectNode person = object(tree, "/people/persons/2");
    person.set("homeGird", person.remove("homeGrid"));

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.people.persons[2].homeGrid");
    assertThat(e.problems().get(0).message()).isEqualTo("is required");
  }

  @Test
  void givenAnUnknownGridTypeThenTheAllowedTypesAreListed() {
    ObjectNode tree = richTree();
    setText(tree, "/territory/grids/2/type", "KINDERGARTEN");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.territory.grids[2].type");
    assertThat(e.problems().get(0).message())
        .contains("unknown value \"KINDERGARTEN\"", "BASIC", "SCHOOL", "CONSTRUCTION_SITE");
  }

  @Test
  void givenAnUnknownValueThenTheLineOfTheValueIsReported() {
    ObjectNode tree = richTree();
    setText(tree, "/territory/grids/2/type", "KINDERGARTEN");
    List<String> lines =
        List.of(new String(SnapshotDocuments.bytes(tree), StandardCharsets.UTF_8).split("\\R", -1));

    JsonLoadException e = refusal(tree);

    int expected =
        1
            + lines.indexOf(
                lines.stream().filter(l -> l.contains("KINDERGARTEN")).findFirst().orElseThrow());
    assertThat(e.problems().get(0).line()).isEqualTo(expected);
  }

  @Test
  void givenANumberWhereAGridNameIsExpectedThenItIsRefusedAsNotText() {
    ObjectNode tree = richTree();
    object(tree, "/territory/grids/1").put("name", 42);

    JsonLoadException e = refusal(tree);

    assertThat(at(e, "$.territory.grids[1].name").message()).isEqualTo("should be text, got 42");
  }

  @Test
  void givenTextWhereACountIsExpectedThenItIsRefusedAsNotANumber() {
    ObjectNode tree = richTree();
    setText(tree, "/territory/buildings/0/households", "144");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.territory.buildings[0].households");
    assertThat(e.problems().get(0).message()).startsWith("should be a number");
  }

  @Test
  void givenAMissingCountThenItIsRequiredRatherThanZero() {
    ObjectNode tree = richTree();
    remove(tree, "/posts/servicePosts/2/capacity");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.posts.servicePosts[2].capacity");
    assertThat(e.problems().get(0).message()).isEqualTo("is required");
  }

  @Test
  void givenAFourteenDigitGridCodeInAPartyRegistrationThenItsPathIsReported() {
    ObjectNode tree = richTree();
    setText(tree, "/people/persons/3/partyMembership/registration/grid", "35011100100100");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.people.persons[3].partyMembership.registration.grid");
    assertThat(e.problems().get(0).message())
        .contains("a grid code has 15 digits", "35011100100100");
  }

  @Test
  void givenAFourteenDigitGridCodeInAnAreaOfAResourceThenItsPathIsReported() {
    ObjectNode tree = richTree();
    setText(tree, "/lists/resources/1/scope/grid", "35011100100100");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.lists.resources[1].scope.grid");
  }

  @Test
  void givenAUnitListedTwiceThenTheSecondIsRefusedNamingTheFirst() {
    ObjectNode tree = richTree();
    ArrayNode units = array(tree, "/organisation/units");
    units.add(units.get(1).deepCopy());

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.organisation.units[4]");
    assertThat(e.problems().get(0).message())
        .contains("jinan-civil-affairs-bureau appears twice", "first at $.organisation.units[1]");
  }

  @Test
  void givenAnOrderListedTwiceThenTheSecondIsRefused() {
    ObjectNode tree = richTree();
    ArrayNode orders = array(tree, "/orders");
    orders.add(orders.get(2).deepCopy());

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.orders[5]");
    assertThat(e.problems().get(0).message()).contains("WO-2024-0103 appears twice");
  }

  @Test
  void givenAGridAddedTwiceThenTheSecondIsRefused() {
    ObjectNode tree = richTree();
    ArrayNode grids = array(tree, "/territory/grids");
    grids.add(grids.get(0).deepCopy());

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.territory.grids[6]");
    assertThat(e.problems().get(0).message()).contains("grid 350111001001001 is added twice");
  }

  @Test
  void givenAGridWhoseCommunityIsMissingThenTheGridIsRefused() {
    ObjectNode tree = richTree();
    array(tree, "/territory/grids")
        .addObject()
        .put("code", "350111001099001")
        .put("name", "无主网格")
        .put("type", "BASIC")
        .put("households", 10);

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.territory.grids[6]");
    assertThat(e.problems().get(0).message()).contains("belongs to 350111001099, which is missing");
  }

  @Test
  void givenAPairingWithAMissingUnitThenTheUnitIsReported() {
    ObjectNode tree = richTree();
    setText(tree, "/organisation/pairings/1/unit", "jinan-transport-bureau");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.organisation.pairings[1].unit");
    assertThat(e.problems().get(0).message())
        .isEqualTo("unit jinan-transport-bureau is not in the snapshot");
  }

  @Test
  void givenAPersonWhoseHomeGridIsMissingThenTheHomeGridIsReported() {
    ObjectNode tree = richTree();
    setText(tree, "/people/persons/4/homeGrid", "350111100001007");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.people.persons[4].homeGrid");
    assertThat(e.problems().get(0).message())
        .isEqualTo("grid 350111100001007 is not in the territory");
  }

  @Test
  void givenAnOrderInAMissingGridThenTheGridOfItsReportIsReported() {
    ObjectNode tree = richTree();
    setText(tree, "/orders/4/events/0/report/grid", "350111001001009");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.orders[4].events[0].report.grid");
    assertThat(e.problems().get(0).message()).contains("grid 350111001001009 is not in");
  }

  @Test
  void givenAClaimOnAMissingPostThenThePostIsReported() {
    ObjectNode tree = richTree();
    setText(tree, "/posts/claims/0/post", "post-zhanqian-g9-guidance");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.posts.claims[0].post");
    assertThat(e.problems().get(0).message())
        .isEqualTo("service post post-zhanqian-g9-guidance is not in the snapshot");
  }

  @Test
  void givenAProjectOnAMissingDemandThenTheDemandsAreReported() {
    ObjectNode tree = richTree();
    object(tree, "/lists/projects/0").putArray("demands").add("D-2024-9999");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.lists.projects[0].demands");
    assertThat(e.problems().get(0).message())
        .isEqualTo("demand D-2024-9999 is not in the snapshot");
  }

  @Test
  void givenADemandWhoseCompoundLiesInAnotherGridThenTheCompoundIsReported() {
    ObjectNode tree = richTree();
    setText(tree, "/lists/demands/0/grid", "350111001001002");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.lists.demands[0].compound");
    assertThat(e.problems().get(0).message())
        .isEqualTo(
            "compound zhanqian-new-village lies in grid 350111001001001, not in grid"
                + " 350111001001002");
  }

  @Test
  void givenAnOrderWhoseCompoundLiesInAnotherGridThenTheCompoundOfItsReportIsReported() {
    ObjectNode tree = richTree();
    setText(tree, "/orders/0/events/0/report/grid", "350111001001002");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.orders[0].events[0].report.compound");
    assertThat(e.problems().get(0).message()).contains("lies in grid 350111001001001");
  }

  @Test
  void givenAnAcceptanceRightAfterTheReportThenTheHistoryIsRefused() {
    ObjectNode tree = richTree();
    ArrayNode events = array(tree, "/orders/3/events");
    events.remove(2);
    events.remove(1);
    ((ObjectNode) events.get(1)).put("sequence", 2);
    ((ObjectNode) events.get(2)).put("sequence", 3);

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.orders[3].events");
    assertThat(e.problems().get(0).message()).contains("event 2 cannot be replayed", "REPORTED");
  }

  @Test
  void givenAGapInTheSequenceNumbersThenTheHistoryIsRefused() {
    ObjectNode tree = richTree();
    array(tree, "/orders/3/events").remove(2);

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.orders[3].events");
    assertThat(e.problems().get(0).message())
        .isEqualTo("event 3 of order WO-2024-0104 has sequence number 4");
  }

  @Test
  void givenSevenBadValuesInSevenSectionsThenAllAreReportedAtOnce() {
    ObjectNode tree = richTree();
    setText(tree, "/territory/grids/2/type", "KINDERGARTEN");
    setText(tree, "/organisation/units/1/kind", "MINISTRY");
    setText(tree, "/people/persons/4/phone", "0591");
    setText(tree, "/posts/servicePosts/0/capacity", "two");
    setText(tree, "/lists/demands/3/urgency", "CRITICAL");
    object(tree, "/orders/1/events/3").put("remark", "late");
    setText(tree, "/meetings/joint/0/heldOn", "2024-02-30");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e))
        .containsExactly(
            "$.territory.grids[2].type",
            "$.organisation.units[1].kind",
            "$.people.persons[4].phone",
            "$.posts.servicePosts[0].capacity",
            "$.lists.demands[3].urgency",
            "$.orders[1].events[3].remark",
            "$.meetings.joint[0].heldOn");
    assertThat(e.getMessage()).startsWith("district.json: 7 problems");
  }

  @Test
  void givenSixDanglingReferencesInSixSectionsThenAllAreReportedAtOnce() {
    ObjectNode tree = richTree();
    setText(tree, "/organisation/pairings/1/unit", "jinan-transport-bureau");
    setText(tree, "/people/persons/4/homeGrid", "350111100001007");
    setText(tree, "/posts/claims/0/post", "post-missing");
    object(tree, "/lists/projects/0").putArray("demands").add("D-2024-9999");
    setText(tree, "/orders/4/events/0/report/grid", "350111001001009");
    setText(tree, "/meetings/consultations/0/project", "P-2024-missing");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e))
        .containsExactly(
            "$.organisation.pairings[1].unit",
            "$.people.persons[4].homeGrid",
            "$.posts.claims[0].post",
            "$.lists.projects[0].demands",
            "$.orders[4].events[0].report.grid",
            "$.meetings.consultations[0].project");
  }

  private static String idNumberWithWrongCheck() {
    String good = SnapshotFixtures.idNumber("35011119850612301").value();
    return good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
  }

  @Test
  void givenAnIdNumberWithAWrongCheckCharacterThenTheMessageDoesNotShowTheNumber() {
    String bad = idNumberWithWrongCheck();
    ObjectNode tree = richTree();
    setText(tree, "/people/persons/0/idNumber", bad);

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.people.persons[0].idNumber");
    assertThat(e.problems().get(0).message()).contains("check character");
    assertThat(e.getMessage()).doesNotContain(bad).doesNotContain(bad.substring(0, 14));
  }

  @Test
  void givenAnIdNumberWithAnImpossibleBirthDateThenTheMessageDoesNotShowTheNumber() {
    String bad = "350111" + "19851332" + "3010";
    ObjectNode tree = richTree();
    setText(tree, "/people/persons/0/idNumber", bad);

    JsonLoadException e = refusal(tree);

    assertThat(at(e, "$.people.persons[0].idNumber").message()).contains("birth date");
    assertThat(e.getMessage()).doesNotContain(bad).doesNotContain("19851332");
  }

  @Test
  void givenAnIdNumberWrittenAsANumberThenTheMessageDoesNotShowTheNumber() {
    long bad = 350111198506123011L;
    ObjectNode tree = richTree();
    object(tree, "/people/persons/0").put("idNumber", bad);

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.people.persons[0].idNumber");
    assertThat(e.getMessage()).doesNotContain(Long.toString(bad));
  }

  @Test
  void givenAPhoneNumberOfTenDigitsThenTheMessageDoesNotShowTheNumber() {
    ObjectNode tree = richTree();
    setText(tree, "/people/persons/1/phone", "1386061234");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.people.persons[1].phone");
    assertThat(e.problems().get(0).message()).contains("a phone number is a mobile number");
    assertThat(e.getMessage()).doesNotContain("1386061234");
  }

  @Test
  void givenATimeWrittenAsANumberThenItIsRefusedRatherThanReadAsSecondsSince1970() {
    ObjectNode tree = richTree();
    object(tree, "/orders/2/events/0").put("at", 0);

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.orders[2].events[0].at");
    assertThat(e.problems().get(0).message())
        .contains("a time is written as text, such as \"2024-03-01T08:00:00Z\"");
  }

  @Test
  void givenAPersonIdThatIsAPhoneNumberThenItIsRefusedWithoutShowingTheNumber() {
    ObjectNode tree = richTree();
    setText(tree, "/people/persons/1/id", "13860612345");

    JsonLoadException e = refusal(tree);

    assertThat(at(e, "$.people.persons[1].id").message())
        .contains("a person id may not be or hold a mobile number");
    assertThat(e.getMessage()).doesNotContain("13860612345").doesNotContain("60612345");
  }

  @Test
  void givenAPhoneNumberWrittenAsANumberThenTheMessageDoesNotShowTheNumber() {
    ObjectNode tree = richTree();
    object(tree, "/people/persons/1").put("phone", 13860612345L);

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.people.persons[1].phone");
    assertThat(e.getMessage()).doesNotContain("13860612345");
  }

  @Test
  void givenAnIdNumberEndingInALowerCaseXThenItIsReadUpperCase() {
    IdNumber withX = SnapshotFixtures.idNumber("35011119900101104");
    ObjectNode tree = richTree();
    setText(tree, "/people/persons/0/idNumber", withX.value().toLowerCase(java.util.Locale.ROOT));

    var read = SnapshotDocuments.read(tree);

    assertThat(read.people().persons().get(0).idNumber()).contains(withX);
  }

  @Test
  void givenADemandSpanningAMissingCommunityThenTheSpansAreReported() {
    ObjectNode tree = richTree();
    setText(tree, "/lists/demands/1/spans/0/community", "350111001999");

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.lists.demands[1].spans");
    assertThat(e.problems().get(0).message())
        .isEqualTo("community 350111001999 is not in the territory");
  }

  @Test
  void givenAMisspeltSectionThenItIsRefusedRatherThanReadAsEmpty() {
    ObjectNode tree = richTree();
    tree.set("meetngs", tree.remove("meetings"));

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.meetngs");
    assertThat(e.problems().get(0).message()).contains("unknown field \"meetngs\"", "meetings");
  }

  @Test
  void givenAMisspeltListOfTheTerritoryThenItIsRefused() {
    ObjectNode tree = richTree();
    ObjectNode territory = object(tree, "/territory");
    territory.set("compunds", territory.remove("compounds"));

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).contains("$.territory.compunds");
  }

  @Test
  void givenAFractionalCountThenItIsRefusedRatherThanRoundedDown() {
    ObjectNode tree = richTree();
    object(tree, "/territory/buildings/0").put("households", 144.5);

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.territory.buildings[0].households");
    assertThat(e.problems().get(0).message()).contains("144.5");
  }

  @Test
  void givenANumberWhereYesOrNoIsExpectedThenItIsRefused() {
    ObjectNode tree = richTree();
    object(tree, "/territory/buildings/0").put("hasLift", 1);

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.territory.buildings[0].hasLift");
  }

  @Test
  void givenAnUnknownFieldWithAVeryLongNameThenThePathShowsOnlyItsStart() {
    ObjectNode tree = richTree();
    object(tree, "/people/persons/2").put("x".repeat(40_000), 1);

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.people.persons[2]['" + "x".repeat(77) + "...']");
    assertThat(e.getMessage()).hasSizeLessThan(1_000);
  }

  @Test
  void givenAnUnknownKindOfAttendeeThenTheKnownKindsAreListedAndALongNameIsCutShort() {
    ObjectNode tree = richTree();
    setText(tree, "/meetings/consultations/0/sessions/1/attendance/0/type", "字".repeat(1_000_000));

    JsonLoadException e = refusal(tree);

    assertThat(paths(e)).containsExactly("$.meetings.consultations[0].sessions[1].attendance[0]");
    assertThat(e.problems().get(0).message())
        .startsWith("unknown type \"字字字")
        .contains("(1000000 characters)", "known type ids = [");
    assertThat(e.getMessage()).hasSizeLessThan(1_000);
  }
}
