package org.gridgov.core.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.core.organisation.Area;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;
import org.junit.jupiter.api.Test;

class ResourceItemTest {

  private static final CommunityCode COMMUNITY = CommunityCode.of("350111001001");

  @Test
  void aResourceOfferedToACommunityIsAvailableInEachOfItsGrids() {
    // given a unit's meeting room offered to the whole community
    ResourceItem room =
        new ResourceItem(
            ResourceId.of("r-1"),
            ResourceProvider.of(UnitId.of("u-1")),
            ResourceKind.VENUE,
            "会议室，工作日晚上可用",
            Area.of(COMMUNITY));

    // then it is available in the third grid but not in another community
    assertThat(room.availableIn(Area.of(COMMUNITY.grid(3)))).isTrue();
    assertThat(room.availableIn(Area.of(CommunityCode.of("350111001002")))).isFalse();
  }

  @Test
  void aResourceOfferedToAGridIsNotAvailableInItsNeighbour() {
    // given a capable resident's plumbing skill offered to the first grid
    ResourceItem plumbing =
        new ResourceItem(
            ResourceId.of("r-2"),
            ResourceProvider.of(PersonId.of("p-9")),
            ResourceKind.SKILL,
            "水暖维修，周末",
            Area.of(COMMUNITY.grid(1)));

    // then it is not available in the second grid
    assertThat(plumbing.availableIn(Area.of(COMMUNITY.grid(2)))).isFalse();
    assertThat(plumbing.provider()).isEqualTo(new ResourceProvider.ByPerson(PersonId.of("p-9")));
  }
}
