package org.gridgov.core.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.territory.CommunityCode;
import org.junit.jupiter.api.Test;

class GovernanceProjectTest {

  private static final GovernanceProject PROPOSED =
      GovernanceProject.propose(ProjectId.of("pr-1"), CommunityCode.of("350111001001"), "旧院落改造")
          .linking(DemandId.of("d-1"))
          .using(ResourceId.of("r-1"));

  private static GovernanceProject moved(ProjectTransition transition) {
    return ((ProjectTransition.Moved) transition).project();
  }

  @Test
  void aProposedProjectIsAgreedAndEmitsItsEvent() {
    // when a proposed project is agreed
    ProjectTransition transition = PROPOSED.agree();

    // then it is AGREED and the event says so
    assertThat(transition)
        .isEqualTo(
            new ProjectTransition.Moved(
                new GovernanceProject(
                    PROPOSED.id(),
                    PROPOSED.community(),
                    PROPOSED.title(),
                    PROPOSED.demands(),
                    PROPOSED.resources(),
                    ProjectStatus.AGREED),
                new ProjectStatusChanged(
                    PROPOSED.id(), ProjectStatus.PROPOSED, ProjectStatus.AGREED)));
  }

  @Test
  void aProjectGoesFromProposedToDone() {
    GovernanceProject done = moved(moved(moved(PROPOSED.agree()).dispatch()).complete());
    assertThat(done.status()).isEqualTo(ProjectStatus.DONE);
    assertThat(done.demands()).containsExactly(DemandId.of("d-1"));
  }

  @Test
  void aProjectNotYetAgreedCannotBeDispatched() {
    // when a proposed project is dispatched
    ProjectTransition transition = PROPOSED.dispatch();

    // then it is refused and the project is unchanged
    assertThat(transition.moved()).isFalse();
    ProjectTransition.Refused refused = (ProjectTransition.Refused) transition;
    assertThat(refused.project()).isEqualTo(PROPOSED);
    assertThat(refused.wanted()).isEqualTo(ProjectStatus.DISPATCHED);
    assertThat(refused.reason()).contains("only from AGREED, and it is PROPOSED");
  }

  @Test
  void anAgreedProjectCannotBeAgreedAgain() {
    assertThat(moved(PROPOSED.agree()).agree().moved()).isFalse();
  }

  @Test
  void aDoneProjectTakesNoMoreLinks() {
    GovernanceProject done = moved(moved(moved(PROPOSED.agree()).dispatch()).complete());
    assertThatThrownBy(() -> done.linking(DemandId.of("d-2")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is done");
    assertThat(done.complete().moved()).isFalse();
  }
}
