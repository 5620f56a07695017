package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridType;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.junit.jupiter.api.Test;

class DistrictSnapshotJsonSmokeTest {

  @Test
  void aSnapshotWithATerritoryAndAnOrderRoundTrips() {
    Territory jinan = new HierarchyJson().readJinan().territory();
    var community = jinan.communities().iterator().next();
    Grid grid = new Grid(community.code().grid(1), "一网格", GridType.BASIC, 200);
    Territory t = jinan.toBuilder().add(grid).build();
    WorkOrder order =
        WorkOrder.report(
            new Report(
                WorkOrderId.of("WO-1"),
                Origin.project(org.gridgov.core.lists.ProjectId.of("P-1")),
                Category.of("EVENT_APPEARANCE"),
                MatterKind.AUTONOMY,
                Urgency.ROUTINE,
                Channel.CALL_GROUP,
                grid.code(),
                Optional.empty(),
                "楼道堆物"),
            Actor.system("intake"),
            Instant.parse("2024-03-01T02:00:00Z"),
            "reported in the call group");
    var project =
        new org.gridgov.core.lists.GovernanceProject(
            org.gridgov.core.lists.ProjectId.of("P-1"),
            community.code(),
            "楼道整治",
            java.util.Set.of(),
            java.util.Set.of(),
            org.gridgov.core.lists.ProjectStatus.PROPOSED);
    DistrictSnapshot snapshot =
        new DistrictSnapshot(
            t,
            DistrictSnapshot.Organisation.EMPTY,
            DistrictSnapshot.People.EMPTY,
            DistrictSnapshot.Posts.EMPTY,
            new DistrictSnapshot.Lists(List.of(), List.of(), List.of(), List.of(project)),
            List.of(order),
            DistrictSnapshot.Meetings.EMPTY);
    DistrictSnapshotJson json = new DistrictSnapshotJson();

    String text = json.toJson(snapshot);
    try {
      DistrictSnapshot back = json.read(text.getBytes(StandardCharsets.UTF_8), "snapshot.json");
      assertThat(back).isEqualTo(snapshot);
    } catch (JsonLoadException e) {
      System.out.println(e.getMessage());
      System.out.println(text.substring(text.indexOf("\"orders\"")));
      throw e;
    }
  }
}
