package org.gridgov.core.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.junit.jupiter.api.Test;

/** The text of records that carry a resident's words, and of those that name a person. */
class PersonalDataInTextTest {

  private static final String MOBILE = "13812345678";
  private static final String ID_NUMBER = "35011119900101123X";
  private static final String WORDS = "楼道灯坏了，请联系" + MOBILE + "，身份证" + ID_NUMBER;
  private static final GridCode GRID = GridCode.of("350111001001001");
  private static final Instant AT = Instant.parse("2024-03-05T02:00:00Z");
  private static final PersonId RESIDENT = PersonId.of("p-1");

  private static Report report() {
    return new Report(
        WorkOrderId.of("WO-1"),
        Origin.demand(DemandId.of("D-1")),
        Category.of("SERVICE_PROPERTY"),
        MatterKind.AUTONOMY,
        Urgency.ROUTINE,
        Channel.CALL_GROUP,
        GRID,
        Optional.empty(),
        WORDS);
  }

  private static void assertNoNumbers(String text) {
    assertThat(text).doesNotContain(MOBILE).doesNotContain(ID_NUMBER).contains("138****5678");
  }

  @Test
  void aReportShowsItsGridButMasksTheNumbersInItsSummary() {
    String text = report().toString();

    assertNoNumbers(text);
    assertThat(text).contains("grid=350111001001001").startsWith("Report[id=WO-1, ");
    assertThat(report().summary()).isEqualTo(WORDS);
  }

  @Test
  void everyEventOfAnOrderMasksTheNumbersInItsReasonAndReport() {
    WorkOrder order = WorkOrder.report(report(), Actor.person(RESIDENT), AT, WORDS);
    WorkOrder dispatched =
        order
            .dispatch(
                ResponsibleSubject.gridWorker(PersonId.of("p-2"), "林建华"),
                Deadlines.NONE,
                Actor.system("dispatch desk " + MOBILE),
                AT.plusSeconds(60),
                WORDS)
            .orElseThrow();
    WorkOrder cancelled =
        dispatched
            .cancel(
                CancellationReason.DUPLICATE, Actor.person(RESIDENT), AT.plusSeconds(120), WORDS)
            .orElseThrow();

    for (WorkOrderEvent e : cancelled.history()) {
      assertNoNumbers(e.toString());
      assertThat(e.reason()).isEqualTo(WORDS);
    }
    assertThat(cancelled.history()).hasSize(3);
    assertThat(dispatched.toString()).doesNotContain("林建华").contains("林**");
  }

  @Test
  void aPersonAsResponsibleSubjectShowsOnlyTheSurname() {
    ResponsibleSubject worker = ResponsibleSubject.gridWorker(PersonId.of("p-2"), "林建华");
    ResponsibleSubject committee =
        ResponsibleSubject.community(CommunityCode.of("350111001001"), "站前社区委员会");

    assertThat(worker.toString()).isEqualTo("GRID_WORKER:p-2 (林**)");
    assertThat(worker.maskedName()).isEqualTo("林**");
    assertThat(worker.name()).isEqualTo("林建华");
    assertThat(committee.toString()).isEqualTo("COMMUNITY_COMMITTEE:350111001001 (站前社区委员会)");
  }

  @Test
  void aSystemActorsNameHasItsNumbersMasked() {
    assertThat(Actor.system("hotline " + MOBILE).toString())
        .isEqualTo("system:hotline 138****5678");
    assertThat(Actor.person(RESIDENT).toString()).isEqualTo("p-1");
  }

  @Test
  void aRatingCommentAndADemandSummaryAreMasked() {
    Rating rating = Rating.of(Satisfaction.UNSATISFIED, WORDS, RESIDENT, AT);
    DemandItem demand =
        DemandItem.of(
            DemandId.of("D-1"),
            Category.of("SERVICE_PROPERTY"),
            MatterKind.AUTONOMY,
            Urgency.ROUTINE,
            Channel.CALL_GROUP,
            GRID,
            RESIDENT,
            AT,
            WORDS);

    assertNoNumbers(rating.toString());
    assertNoNumbers(demand.toString());
  }

  @Test
  void aRefusedValueIsQuotedWithoutTheNumberItCarries() {
    assertThatThrownBy(() -> GridCode.of(MOBILE))
        .hasMessageContaining("138****5678")
        .hasMessageNotContaining(MOBILE);
  }
}
