package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.lists.ResourceProvider;
import org.gridgov.core.organisation.PartyOrganisation;
import org.gridgov.core.organisation.PartyOrganisationKind;
import org.gridgov.core.people.AssignmentRole;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.people.VolunteerTeam;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.core.workorder.WorkOrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistrictSnapshotJsonRoundTripTest {

  private final DistrictSnapshotJson json = new DistrictSnapshotJson(PersonalData.INCLUDED);
  private final DistrictSnapshot rich = SnapshotFixtures.rich();

  private DistrictSnapshot readBack(String text) {
    return json.read(text.getBytes(StandardCharsets.UTF_8), "district.json");
  }

  @Test
  void theRichSnapshotHoldsEveryKindOfRecord() {
    assertThat(rich.territory().grids().stream().map(Grid::type).map(t -> t.dedicated()))
        .contains(true, false);
    assertThat(rich.territory().compounds().stream().map(Compound::propertyMode))
        .containsExactlyInAnyOrder(PropertyMode.values());
    assertThat(
            rich.organisation().partyOrganisations().stream()
                .map(PartyOrganisation::kind)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(PartyOrganisationKind.values());
    assertThat(rich.organisation().pairings()).anyMatch(p -> p.oneToOne());
    assertThat(rich.organisation().pairings()).anyMatch(p -> !p.oneToOne());
    assertThat(rich.people().assignments().stream().map(a -> a.role()))
        .containsExactlyInAnyOrder(AssignmentRole.values());
    assertThat(rich.people().firstSecretaries()).anyMatch(f -> f.ofWeakGrid());
    assertThat(rich.people().firstSecretaries()).anyMatch(f -> !f.ofWeakGrid());
    assertThat(rich.posts().menu()).isPresent();
    assertThat(rich.lists().resources())
        .anyMatch(r -> r.provider() instanceof ResourceProvider.ByUnit)
        .anyMatch(r -> r.provider() instanceof ResourceProvider.ByPerson);
    assertThat(rich.lists().demands()).anyMatch(d -> d.spansCommunities());
    assertThat(rich.meetings().joint()).isNotEmpty();
    assertThat(rich.meetings().consultations().get(0).sessionCount()).isGreaterThan(2);
  }

  @Test
  void theRichSnapshotsOrdersWentThroughEveryKindOfEvent() {
    Set<WorkOrderEvent.Type> seen = EnumSet.noneOf(WorkOrderEvent.Type.class);
    rich.orders().forEach(o -> o.history().forEach(e -> seen.add(e.type())));
    Set<WorkOrderStatus> statuses =
        rich.orders().stream().map(WorkOrder::status).collect(Collectors.toSet());

    assertThat(seen).containsExactlyInAnyOrder(WorkOrderEvent.Type.values());
    assertThat(statuses)
        .contains(
            WorkOrderStatus.CLOSED,
            WorkOrderStatus.CANCELLED,
            WorkOrderStatus.IN_PROGRESS,
            WorkOrderStatus.SUSPENDED);
    assertThat(rich.orders().get(0).reopenings()).isEqualTo(1);
  }

  @Test
  void givenTheRichSnapshotWhenWrittenAndReadThenItIsEqual() {
    String text = json.toJson(rich);

    DistrictSnapshot back = readBack(text);

    assertThat(back).isEqualTo(rich);
    assertThat(back.territory()).isEqualTo(rich.territory());
    assertThat(back.orders()).containsExactlyElementsOf(rich.orders());
    assertThat(back.orders().get(1).history()).isEqualTo(rich.orders().get(1).history());
  }

  @Test
  void givenTheRichSnapshotWhenWrittenToAFileAndReadThenItIsEqual(@TempDir Path dir) {
    Path file = dir.resolve("jinan-snapshot.json");

    json.write(rich, file);

    assertThat(json.read(file)).isEqualTo(rich);
    assertThat(dir.toFile().list()).containsExactly("jinan-snapshot.json");
  }

  @Test
  void givenAFileAlreadyThereWhenASnapshotIsWrittenThenItIsReplaced(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("jinan-snapshot.json");
    Files.writeString(file, "old contents");

    json.write(rich, file);

    assertThat(json.read(file)).isEqualTo(rich);
  }

  @Test
  void givenAStreamWhenASnapshotIsWrittenThenItIsTheSameTextAsToJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    json.write(rich, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json.toJson(rich));
  }

  @Test
  void theWrittenDocumentStartsWithItsFormatAndVersion() {
    String text = json.toJson(rich);

    assertThat(text)
        .startsWith(
            "{\n  \"format\" : \"gridgov-district-snapshot\",\n  \"version\" : 1,\n"
                .replace("\n", System.lineSeparator()));
  }

  @Test
  void givenOneSnapshotWhenWrittenTwiceThenTheOutputIsByteIdentical() {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();

    json.write(rich, first);
    json.write(rich, second);

    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
  }

  @Test
  void givenASnapshotReadBackWhenWrittenAgainThenTheOutputIsByteIdentical() {
    String text = json.toJson(rich);

    String again = json.toJson(readBack(text));

    assertThat(again).isEqualTo(text);
  }

  @Test
  void givenEqualSnapshotsWhoseSetsWereFilledInOtherOrdersThenTheyAreWrittenAlike() {
    List<PersonId> members = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      members.add(PersonId.of("volunteer-" + i));
    }
    List<PersonId> reversed = new ArrayList<>(members);
    Collections.reverse(reversed);
    DistrictSnapshot forwards = withTeamMembers(new LinkedHashSet<>(members));
    DistrictSnapshot backwards = withTeamMembers(new LinkedHashSet<>(reversed));

    assertThat(backwards).isEqualTo(forwards);
    assertThat(json.toJson(backwards)).isEqualTo(json.toJson(forwards));
  }

  private DistrictSnapshot withTeamMembers(Set<PersonId> members) {
    List<VolunteerTeam> teams = new ArrayList<>(rich.people().volunteerTeams());
    VolunteerTeam team = teams.get(2);
    teams.set(2, new VolunteerTeam(team.id(), team.name(), team.area(), members));
    var p = rich.people();
    return new DistrictSnapshot(
        rich.territory(),
        rich.organisation(),
        new DistrictSnapshot.People(p.persons(), p.assignments(), p.firstSecretaries(), teams),
        rich.posts(),
        rich.lists(),
        rich.orders(),
        rich.meetings());
  }

  @Test
  void aSetIsWrittenInTheOrderOfItsElementsText() {
    String text = json.toJson(rich);

    assertThat(text)
        .contains("\"renovations\" : [ \"LIFT\", \"PARKING\", \"WALL_REMOVAL\" ]")
        .contains("\"communities\" : [ \"350111001003\", \"350111100001\" ]");
  }

  @Test
  void givenAnEmptySnapshotOfTheTerritoryWhenWrittenAndReadThenItIsEqual() {
    DistrictSnapshot empty = DistrictSnapshot.of(rich.territory());

    assertThat(readBack(json.toJson(empty))).isEqualTo(empty);
  }

  @Test
  void aDocumentWithoutTheOptionalSectionsReadsAsEmptySections() {
    String text =
        "{\"format\":\"gridgov-district-snapshot\",\"version\":1,"
            + "\"territory\":{\"district\":{\"code\":\"350111\",\"name\":\"晋安区\"}}}";

    DistrictSnapshot read = readBack(text);

    assertThat(read.organisation()).isEqualTo(DistrictSnapshot.Organisation.EMPTY);
    assertThat(read.people()).isEqualTo(DistrictSnapshot.People.EMPTY);
    assertThat(read.posts()).isEqualTo(DistrictSnapshot.Posts.EMPTY);
    assertThat(read.orders()).isEmpty();
    assertThat(read.meetings()).isEqualTo(DistrictSnapshot.Meetings.EMPTY);
  }
}
