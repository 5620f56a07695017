package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.people.Person;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.junit.jupiter.api.Test;

/** How a snapshot writes residents' names, phone and ID numbers, and what reads back. */
class DistrictSnapshotJsonPersonalDataTest {

  private static final ObjectMapper TREES = new ObjectMapper();

  /**
   * The rich snapshot, with an order whose resident wrote the grid worker's name, phone and ID
   * number into the words of the report and the rating.
   */
  private final DistrictSnapshot snapshot = withTalkativeOrder(SnapshotFixtures.rich());

  private final Person worker =
      snapshot.people().persons().stream()
          .filter(p -> p.id().equals(SnapshotFixtures.GRID_WORKER))
          .findFirst()
          .orElseThrow();

  private DistrictSnapshot withTalkativeOrder(DistrictSnapshot rich) {
    Person lin =
        rich.people().persons().stream()
            .filter(p -> p.id().equals(SnapshotFixtures.GRID_WORKER))
            .findFirst()
            .orElseThrow();
    String words =
        "楼道灯坏了，找网格员"
            + lin.name().value()
            + "，电话"
            + lin.phone().value()
            + "，身份证"
            + lin.idNumber().orElseThrow().value();
    Report report =
        new Report(
            WorkOrderId.of("WO-2024-0199"),
            Origin.demand(SnapshotFixtures.LIFT_DEMAND),
            Category.of("SERVICE_PROPERTY"),
            MatterKind.AUTONOMY,
            Urgency.ROUTINE,
            Channel.CALL_GROUP,
            SnapshotFixtures.ZHANQIAN_1,
            Optional.empty(),
            words);
    var at = SnapshotFixtures.T0.plus(Duration.ofDays(3));
    WorkOrder order =
        WorkOrder.report(report, Actor.person(SnapshotFixtures.RESIDENT), at, words)
            .dispatch(
                ResponsibleSubject.gridWorker(lin.id(), lin.name().value()),
                Deadlines.NONE,
                Actor.system("call group desk"),
                at.plusSeconds(60),
                "call " + lin.phone().value())
            .orElseThrow()
            .accept(Actor.person(lin.id()), at.plusSeconds(120), "")
            .orElseThrow()
            .start(Actor.person(lin.id()), at.plusSeconds(180), "")
            .orElseThrow()
            .resolve(Actor.person(lin.id()), at.plusSeconds(240), "")
            .orElseThrow();
    order =
        order
            .rate(
                Rating.of(
                    Satisfaction.SATISFIED,
                    "谢谢" + lin.name().value() + lin.phone().value(),
                    SnapshotFixtures.RESIDENT,
                    at.plusSeconds(300)),
                Actor.person(SnapshotFixtures.RESIDENT),
                "")
            .orElseThrow();
    List<WorkOrder> orders = new ArrayList<>(rich.orders());
    orders.add(order);
    return new DistrictSnapshot(
        rich.territory(),
        rich.organisation(),
        rich.people(),
        rich.posts(),
        rich.lists(),
        orders,
        rich.meetings());
  }

  private static JsonLoadException refusal(DistrictSnapshotJson json, String text) {
    return catchThrowableOfType(
        JsonLoadException.class,
        () -> json.read(text.getBytes(StandardCharsets.UTF_8), "district.json"));
  }

  @Test
  void aSnapshotIsWrittenMaskedUnlessTheHostAsksForPersonalData() {
    assertThat(new DistrictSnapshotJson().personalData()).isEqualTo(PersonalData.MASKED);
    assertThat(new DistrictSnapshotJson().toJson(snapshot))
        .isEqualTo(new DistrictSnapshotJson(PersonalData.MASKED).toJson(snapshot));
  }

  @Test
  void aMaskedSnapshotCarriesNoNameNoPhoneAndNoIdNumberOfAnyone() throws Exception {
    String text = new DistrictSnapshotJson().toJson(snapshot);

    for (Person p : snapshot.people().persons()) {
      assertThat(text)
          .doesNotContain(p.name().value())
          .doesNotContain(p.phone().value())
          .doesNotContain(p.phone().value().replace("-", ""))
          .contains(p.name().masked())
          .contains(p.phone().masked());
      p.idNumber()
          .ifPresent(id -> assertThat(text).doesNotContain(id.value()).contains(id.masked()));
    }
    assertThat(TREES.readTree(text).get("personalData").asText()).isEqualTo("MASKED");
    assertThat(text)
        .contains("楼道灯坏了，找网格员林**，电话139****1234，身份证350***********")
        .contains("谢谢林**139****1234")
        .contains("\"name\" : \"林**\"");
  }

  @Test
  void aMaskedSnapshotKeepsItsIdsAndCodes() {
    String text = new DistrictSnapshotJson().toJson(snapshot);

    assertThat(text)
        .contains("\"" + SnapshotFixtures.ZHANQIAN_1.value() + "\"")
        .contains("\"" + SnapshotFixtures.GRID_WORKER.value() + "\"")
        .contains("\"WO-2024-0199\"");
  }

  @Test
  void aMaskedSnapshotIsRefusedWithOneProblemThatSaysWhy() {
    String text = new DistrictSnapshotJson().toJson(snapshot);

    JsonLoadException e = refusal(new DistrictSnapshotJson(PersonalData.INCLUDED), text);

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).path()).isEqualTo("$.personalData");
    assertThat(e.problems().get(0).message())
        .contains("written with personal data masked")
        .contains("PersonalData.INCLUDED");
  }

  @Test
  void theDistrictsOwnRecordKeepsPersonalDataAndReadsBack() throws Exception {
    DistrictSnapshotJson json = new DistrictSnapshotJson(PersonalData.INCLUDED);

    String text = json.toJson(snapshot);

    assertThat(TREES.readTree(text).get("personalData").asText()).isEqualTo("INCLUDED");
    assertThat(text)
        .contains(worker.name().value())
        .contains(worker.phone().value())
        .contains(worker.idNumber().orElseThrow().value());
    assertThat(new DistrictSnapshotJson().read(text.getBytes(StandardCharsets.UTF_8), "d.json"))
        .isEqualTo(snapshot);
  }

  @Test
  void aRecordWrittenBeforeTheFieldExistedReadsInFull() throws Exception {
    ObjectNode tree =
        (ObjectNode)
            TREES.readTree(new DistrictSnapshotJson(PersonalData.INCLUDED).toJson(snapshot));
    tree.remove("personalData");

    DistrictSnapshot back =
        new DistrictSnapshotJson().read(TREES.writeValueAsBytes(tree), "old.json");

    assertThat(back).isEqualTo(snapshot);
  }

  @Test
  void anUnknownPersonalDataValueIsAProblem() throws Exception {
    ObjectNode tree =
        (ObjectNode)
            TREES.readTree(new DistrictSnapshotJson(PersonalData.INCLUDED).toJson(snapshot));
    tree.put("personalData", "PARTLY");

    JsonLoadException e = refusal(new DistrictSnapshotJson(), TREES.writeValueAsString(tree));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).toString())
        .isEqualTo(
            "$.personalData (line 1): should be \"INCLUDED\" or \"MASKED\", got string \"PARTLY\"");
  }

  @Test
  void aReportIsWrittenWithItsSummaryMaskedUnlessTheHostAsks() {
    Report report = snapshot.orders().get(snapshot.orders().size() - 1).report();

    String masked = new ReportJson().toJson(report);
    String full = new ReportJson(PersonalData.INCLUDED).toJson(report);

    assertThat(masked).doesNotContain(worker.phone().value()).contains("139****1234");
    assertThat(full).contains(worker.phone().value());
    assertThat(new ReportJson().read(full.getBytes(StandardCharsets.UTF_8), "o.json"))
        .isEqualTo(report);
  }

  @Test
  void aPhoneNumberTypedWhereACodeBelongsIsNotEchoedInTheProblem() {
    String order =
        """
        {"id": "WO-1", "origin": {"list": "DEMAND", "id": "D-1"},
         "category": "SERVICE_PROPERTY", "matterKind": "AUTONOMY", "urgency": "ROUTINE",
         "channel": "CALL_GROUP", "grid": "13905911234", "summary": "灯坏了"}
        """;

    JsonLoadException e =
        catchThrowableOfType(
            JsonLoadException.class,
            () -> new ReportJson().read(order.getBytes(StandardCharsets.UTF_8), "order.json"));

    assertThat(e.getMessage())
        .contains("$.grid")
        .contains("139****1234")
        .doesNotContain("13905911234");
  }
}
