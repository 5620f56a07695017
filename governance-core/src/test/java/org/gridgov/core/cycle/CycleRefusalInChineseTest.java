package org.gridgov.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.gridgov.core.common.Messages;
import org.gridgov.core.common.Refused;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;
import org.junit.jupiter.api.Test;

/** The list cycle's refusals say why in Chinese, with ids and states as values. */
class CycleRefusalInChineseTest {

  private static final LocalDate JAN_5 = LocalDate.of(2024, 1, 5);

  private final CycleLedger ledger = CycleLedger.empty();

  private static ListedDemand demand(String id) {
    return new ListedDemand(
        DemandItem.of(
            DemandId.of(id),
            Category.of("SERVICE_OTHER"),
            MatterKind.AUTONOMY,
            Urgency.ROUTINE,
            Channel.CALL_GROUP,
            CommunityCode.of("350111001001").grid(1),
            PersonId.of("p-1"),
            Instant.parse("2024-01-05T02:00:00Z"),
            "楼道灯坏了"),
        ProjectKind.REPAIR,
        Capacity.of(1_000, 0, 0),
        Optional.empty(),
        3,
        2,
        false);
  }

  @Test
  void aDemandListedTwiceIsRefusedInChinese() {
    ledger.form(demand("d-1"), Track.PROJECT_LIST, "rule", JAN_5);

    CycleStep.Refused refused =
        (CycleStep.Refused) ledger.form(demand("d-1"), Track.PROJECT_LIST, "rule", JAN_5);

    assertThat(refused.reason()).isEqualTo("demand d-1 is on the demand list already");
    assertThat(refused.describe(Messages.CHINESE)).isEqualTo("需求 d-1 已在需求清单上");
  }

  @Test
  void takingAProjectNotOnTheListIsRefusedInChinese() {
    CycleStep step = ledger.take(ProjectId.of("p-9"), JAN_5);

    assertThat(((CycleStep.Refused) step).describe(Messages.CHINESE)).isEqualTo("项目 p-9 不在项目清单上");
    assertThatThrownBy(step::orElseThrow)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("project p-9 is not on the project list")
        .satisfies(
            e -> assertThat(((Refused) e).describe(Messages.CHINESE)).isEqualTo("项目 p-9 不在项目清单上"));
  }
}
