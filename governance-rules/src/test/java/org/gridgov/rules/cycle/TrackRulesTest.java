package org.gridgov.rules.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.cycle.Cycles.CYCLE;
import static org.gridgov.rules.cycle.Cycles.GRID_1;
import static org.gridgov.rules.cycle.Cycles.GRID_2;
import static org.gridgov.rules.cycle.Cycles.demandItem;

import java.util.Optional;
import org.gridgov.core.cycle.Capacity;
import org.gridgov.core.cycle.ListedDemand;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.cycle.Track;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.organisation.Area;
import org.gridgov.rules.decision.TrackDecision;
import org.junit.jupiter.api.Test;

/** The track rules: small matters are settled at once, the others go to the project list. */
class TrackRulesTest {

  private static ListedDemand demand(
      DemandItem item, Capacity need, int subjects, boolean outside) {
    return new ListedDemand(item, ProjectKind.REPAIR, need, Optional.empty(), 1, subjects, outside);
  }

  private static DemandItem item() {
    return demandItem("d-1", GRID_1, Optional.empty());
  }

  private static DemandItem withUrgency(DemandItem d, Urgency urgency) {
    return new DemandItem(
        d.id(),
        d.category(),
        d.matterKind(),
        urgency,
        d.channel(),
        d.grid(),
        d.compound(),
        d.raisedBy(),
        d.raisedAt(),
        d.summary(),
        d.spans());
  }

  @Test
  void anEmergencyIsHandledAtOnce() {
    TrackDecision decision =
        CYCLE.track(
            demand(withUrgency(item(), Urgency.EMERGENCY), Capacity.of(5_000, 0, 0), 2, true));

    assertThat(decision.track()).isEqualTo(Track.SETTLE_AT_ONCE);
    assertThat(decision.rule()).isEqualTo("an emergency is handled at once");
  }

  @Test
  void aMatterNeedingSeveralSubjectsGoesToTheProjectList() {
    TrackDecision decision = CYCLE.track(demand(item(), Capacity.NONE, 2, false));

    assertThat(decision.track()).isEqualTo(Track.PROJECT_LIST);
    assertThat(decision.rule())
        .isEqualTo("a matter needing several subjects goes to the project list");
  }

  @Test
  void aMatterNeedingMoneyGoesToTheProjectList() {
    TrackDecision decision = CYCLE.track(demand(item(), Capacity.of(1, 0, 0), 1, false));

    assertThat(decision.track()).isEqualTo(Track.PROJECT_LIST);
    assertThat(decision.rule()).isEqualTo("a matter needing money goes to the project list");
  }

  @Test
  void aMatterNeedingOutsideResourcesGoesToTheProjectList() {
    TrackDecision decision = CYCLE.track(demand(item(), Capacity.NONE, 1, true));

    assertThat(decision.track()).isEqualTo(Track.PROJECT_LIST);
    assertThat(decision.rule())
        .isEqualTo("a matter needing outside resources goes to the project list");
  }

  @Test
  void aMatterSpanningGridsGoesToTheProjectList() {
    TrackDecision decision =
        CYCLE.track(demand(item().spanning(Area.of(GRID_2)), Capacity.NONE, 1, false));

    assertThat(decision.track()).isEqualTo(Track.PROJECT_LIST);
    assertThat(decision.rule()).isEqualTo("a matter spanning grids goes to the project list");
  }

  @Test
  void aSmallMatterIsSettledWithinTheGrid() {
    TrackDecision decision = CYCLE.track(demand(item(), Capacity.of(0, 6, 2), 1, false));

    assertThat(decision.track()).isEqualTo(Track.SETTLE_AT_ONCE);
    assertThat(decision.rule()).isEqualTo("a small matter is settled within the grid");
  }
}
