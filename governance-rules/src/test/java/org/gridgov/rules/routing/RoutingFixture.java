package org.gridgov.rules.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.organisation.DistrictUnit;
import org.gridgov.core.organisation.Pairing;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.organisation.UnitKind;
import org.gridgov.core.people.Assignment;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.people.PersonName;
import org.gridgov.core.people.PhoneNumber;
import org.gridgov.core.people.Role;
import org.gridgov.core.people.Skill;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.GridType;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;

/**
 * A small part of Jin'an for routing: two communities of 茶园街道 (站前, paired with a unit and with a
 * grid worker in its first grid; 站东, neither), compounds in several property modes, and helpers
 * with skills.
 */
final class RoutingFixture {

  static final CommunityCode ZHANQIAN = CommunityCode.of("350111001001");
  static final CommunityCode ZHANDONG = CommunityCode.of("350111001003");
  static final GridCode GRID_1 = ZHANQIAN.grid(1);
  static final GridCode GRID_2 = ZHANQIAN.grid(2);
  static final GridCode EAST_GRID = ZHANDONG.grid(1);
  static final CompoundId MANAGED = CompoundId.of("ZQ-MANAGED");
  static final CompoundId COMMUNITY_RUN = CompoundId.of("ZQ-COMMUNITY-RUN");
  static final CompoundId SELF_MANAGED = CompoundId.of("ZQ-SELF");
  static final CompoundId UNMANAGED = CompoundId.of("ZQ-OLD");
  static final UnitId PAIRED = UnitId.of("JA-CIVIL-AFFAIRS");
  static final UnitId URBAN_MANAGEMENT = UnitId.of("JA-URBAN-MANAGEMENT");
  static final PersonId WORKER = PersonId.of("P-WORKER");
  static final PersonId NEAR_CARER = PersonId.of("P-CARER-NEAR");
  static final PersonId NEAR_CARER_2 = PersonId.of("P-CARER-NEAR-2");
  static final PersonId FAR_CARER = PersonId.of("P-CARER-FAR");
  static final PersonId PLUMBER = PersonId.of("P-PLUMBER");
  static final PersonId RESIDENT = PersonId.of("P-RESIDENT");
  static final Instant NOW = Instant.parse("2024-05-06T02:00:00Z");

  private RoutingFixture() {}

  static DistrictSnapshot snapshot(List<DemandItem> demands) {
    Territory t =
        new HierarchyJson()
            .readJinan().territory().toBuilder()
                .add(new Grid(GRID_1, "站前一网格", GridType.BASIC, 300))
                .add(new Grid(GRID_2, "站前二网格", GridType.BASIC, 280))
                .add(new Grid(EAST_GRID, "站东一网格", GridType.BASIC, 250))
                .add(
                    new Compound(
                        MANAGED,
                        "站前花园",
                        GRID_1,
                        PropertyMode.PROFESSIONAL,
                        Optional.of("福州某物业服务有限公司"),
                        0.92,
                        Set.of(),
                        false))
                .add(Compound.of(COMMUNITY_RUN, "站前新村", GRID_1, PropertyMode.COMMUNITY_RUN, true))
                .add(Compound.of(SELF_MANAGED, "铁路宿舍", GRID_1, PropertyMode.SELF_MANAGED, true))
                .add(Compound.of(UNMANAGED, "站前老院", GRID_1, PropertyMode.NONE, true))
                .build();
    List<Person> persons =
        List.of(
            person(WORKER, GRID_1, Set.of(), Set.of()),
            person(RESIDENT, GRID_1, Set.of(), Set.of()),
            person(NEAR_CARER, GRID_1, Set.of(Role.VOLUNTEER), Set.of(Skill.ELDERLY_CARE)),
            person(NEAR_CARER_2, GRID_1, Set.of(Role.VOLUNTEER), Set.of(Skill.ELDERLY_CARE)),
            person(FAR_CARER, GRID_2, Set.of(Role.CAPABLE_RESIDENT), Set.of(Skill.ELDERLY_CARE)),
            person(PLUMBER, GRID_2, Set.of(Role.CAPABLE_RESIDENT), Set.of(Skill.PLUMBING)));
    return new DistrictSnapshot(
        t,
        new DistrictSnapshot.Organisation(
            List.of(),
            List.of(),
            List.of(
                DistrictUnit.of(PAIRED, "晋安区民政局", UnitKind.DISTRICT_DEPARTMENT),
                DistrictUnit.of(URBAN_MANAGEMENT, "晋安区城市管理局", UnitKind.DISTRICT_DEPARTMENT)),
            List.of(Pairing.of(PAIRED, ZHANQIAN, LocalDate.of(2023, 3, 1))),
            List.of(),
            List.of()),
        new DistrictSnapshot.People(
            persons,
            List.of(Assignment.gridWorker(WORKER, GRID_1, LocalDate.of(2023, 1, 1))),
            List.of(),
            List.of()),
        DistrictSnapshot.Posts.EMPTY,
        new DistrictSnapshot.Lists(List.of(), demands, List.of(), List.of()),
        List.of(),
        DistrictSnapshot.Meetings.EMPTY);
  }

  static DistrictContext district(List<DemandItem> demands) {
    return DistrictContext.of(
        snapshot(demands),
        Map.of(
            Category.of("EVENT_STREET_ORDER"), URBAN_MANAGEMENT,
            Category.of("EVENT_EMERGENCY"), URBAN_MANAGEMENT));
  }

  static DistrictContext district() {
    return district(List.of());
  }

  private static Person person(PersonId id, GridCode grid, Set<Role> roles, Set<Skill> skills) {
    Set<Role> all = new java.util.HashSet<>(roles);
    all.add(Role.RESIDENT);
    return new Person(
        id,
        PersonName.of("王小明"),
        PhoneNumber.of("13800000000"),
        Optional.empty(),
        all,
        grid,
        Optional.empty(),
        skills,
        Optional.empty());
  }

  static WorkOrder order(
      String id,
      String category,
      MatterKind kind,
      Urgency urgency,
      GridCode grid,
      CompoundId compound) {
    return order(
        id, Origin.demand(DemandId.of("D-" + id)), category, kind, urgency, grid, compound, NOW);
  }

  static WorkOrder order(
      String id,
      Origin origin,
      String category,
      MatterKind kind,
      Urgency urgency,
      GridCode grid,
      CompoundId compound,
      Instant at) {
    return WorkOrder.report(
        new Report(
            WorkOrderId.of(id),
            origin,
            Category.of(category),
            kind,
            urgency,
            Channel.CALL_GROUP,
            grid,
            Optional.ofNullable(compound),
            "summary of " + id),
        Actor.person(RESIDENT),
        at,
        "raised in the call group");
  }

  /**
   * The orders renumbered WO-0, WO-1, … in their order, each from the demand D-WO-i, keeping
   * everything else (generated orders share one id).
   */
  static List<WorkOrder> numbered(List<WorkOrder> orders) {
    List<WorkOrder> out = new java.util.ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      WorkOrder o = orders.get(i);
      out.add(
          order(
              "WO-" + i,
              Origin.demand(DemandId.of("D-WO-" + i)),
              o.category().code(),
              o.matterKind(),
              o.urgency(),
              o.grid(),
              o.compound().orElse(null),
              o.reportedAt()));
    }
    return out;
  }

  static DemandItem demand(String orderId, GridCode grid, Area... spans) {
    return DemandItem.of(
            DemandId.of("D-" + orderId),
            Category.of("EVENT_APPEARANCE_AND_ENVIRONMENT"),
            MatterKind.ASSISTANCE,
            Urgency.ROUTINE,
            Channel.CALL_GROUP,
            grid,
            RESIDENT,
            NOW,
            "spans")
        .spanning(spans);
  }
}
