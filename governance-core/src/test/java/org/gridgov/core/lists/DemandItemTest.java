package org.gridgov.core.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.junit.jupiter.api.Test;

class DemandItemTest {

  private static final CommunityCode COMMUNITY = CommunityCode.of("350111001001");
  private static final GridCode GRID = COMMUNITY.grid(1);

  private static DemandItem streetlightOut() {
    return DemandItem.of(
        DemandId.of("d-1"),
        Category.of("EVENT_STREETLIGHT"),
        MatterKind.ASSISTANCE,
        Urgency.ROUTINE,
        Channel.CALL_GROUP,
        GRID,
        PersonId.of("p-1"),
        Instant.parse("2024-03-05T08:30:00Z"),
        "巷口路灯不亮");
  }

  @Test
  void aDemandOfOneGridSpansNoOtherGrid() {
    DemandItem demand = streetlightOut();
    assertThat(demand.spansGrids()).isFalse();
    assertThat(demand.spansCommunities()).isFalse();
    assertThat(demand.communities()).containsExactly(COMMUNITY);
  }

  @Test
  void aDemandAffectingANeighbouringGridSpansGrids() {
    // given a demand that also affects the second grid of the community
    DemandItem demand = streetlightOut().spanning(Area.of(COMMUNITY.grid(2)));

    // then it spans grids but stays within its community
    assertThat(demand.spansGrids()).isTrue();
    assertThat(demand.spansCommunities()).isFalse();
  }

  @Test
  void aDemandAffectingAnotherCommunitySpansCommunities() {
    // given a demand that also affects a neighbouring community
    CommunityCode neighbour = CommunityCode.of("350111001002");
    DemandItem demand = streetlightOut().spanning(Area.of(neighbour));

    // then it spans communities, and names both
    assertThat(demand.spansCommunities()).isTrue();
    assertThat(demand.communities()).containsExactly(COMMUNITY, neighbour);
  }

  @Test
  void listingItsOwnGridAsASpanIsNoSpan() {
    assertThat(streetlightOut().spanning(Area.of(GRID)).spansGrids()).isFalse();
  }

  @Test
  void aDemandNeedsASummary() {
    assertThatThrownBy(
            () ->
                DemandItem.of(
                    DemandId.of("d-2"),
                    Category.of("EVENT_STREETLIGHT"),
                    MatterKind.ASSISTANCE,
                    Urgency.ROUTINE,
                    Channel.PATROL,
                    GRID,
                    PersonId.of("p-1"),
                    Instant.EPOCH,
                    " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the summary of demand d-2");
  }
}
