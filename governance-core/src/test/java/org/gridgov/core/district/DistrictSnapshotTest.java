package org.gridgov.core.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.territory.District;
import org.gridgov.core.territory.DistrictCode;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.WorkOrder;
import org.junit.jupiter.api.Test;

class DistrictSnapshotTest {

  private final Territory jinan =
      Territory.builder(new District(DistrictCode.of("350111"), "晋安区")).build();

  @Test
  void aSnapshotOfATerritoryAloneHasEmptySections() {
    DistrictSnapshot snapshot = DistrictSnapshot.of(jinan);

    assertThat(snapshot.organisation()).isEqualTo(DistrictSnapshot.Organisation.EMPTY);
    assertThat(snapshot.people()).isEqualTo(DistrictSnapshot.People.EMPTY);
    assertThat(snapshot.posts().menu()).isEmpty();
    assertThat(snapshot.orders()).isEmpty();
    assertThat(snapshot.counts())
        .isEqualTo("0 streets, 0 communities, 0 grids, 0 people, 0 orders");
  }

  @Test
  void aSnapshotWithoutATerritoryIsRefused() {
    assertThatThrownBy(() -> DistrictSnapshot.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a snapshot needs a territory");
  }

  @Test
  void givenAListOfOrdersWhenItChangesAfterwardsThenTheSnapshotKeepsItsOwnCopy() {
    List<WorkOrder> orders = new ArrayList<>();
    DistrictSnapshot snapshot = DistrictSnapshot.of(jinan).withOrders(orders);

    orders.add(null);

    assertThat(snapshot.orders()).isEmpty();
  }

  @Test
  void postsWithoutAMenuAreRefusedWhenTheMenuIsNullRatherThanEmpty() {
    assertThatThrownBy(() -> new DistrictSnapshot.Posts(List.of(), List.of(), List.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("Optional.empty()");
  }
}
