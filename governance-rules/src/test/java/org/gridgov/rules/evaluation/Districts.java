package org.gridgov.rules.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.meeting.JointMeeting;
import org.gridgov.core.meeting.JointMeetingId;
import org.gridgov.core.meeting.Participant;
import org.gridgov.core.meeting.ParticipantRole;
import org.gridgov.core.meeting.Stakeholder;
import org.gridgov.core.organisation.DistrictUnit;
import org.gridgov.core.organisation.Pairing;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.organisation.UnitKind;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.post.PostClaim;
import org.gridgov.core.post.PostType;
import org.gridgov.core.post.ServicePost;
import org.gridgov.core.post.ServicePostId;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.District;
import org.gridgov.core.territory.DistrictCode;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.GridType;
import org.gridgov.core.territory.Street;
import org.gridgov.core.territory.StreetCode;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;

/** A small district of 茶园街道 in Jin'an to evaluate: two communities, three grids. */
final class Districts {

  static final YearQuarter Q1 = YearQuarter.of(2024, 1);
  static final YearQuarter Q2 = YearQuarter.of(2024, 2);

  static final CommunityCode ZHANQIAN = CommunityCode.of("350111001001");
  static final CommunityCode ZHANDONG = CommunityCode.of("350111001003");
  static final GridCode ZHANQIAN_1 = ZHANQIAN.grid(1);
  static final GridCode ZHANQIAN_2 = ZHANQIAN.grid(2);
  static final GridCode ZHANDONG_1 = ZHANDONG.grid(1);

  static final UnitId HOUSING_BUREAU = UnitId.of("jinan-housing-bureau");
  static final UnitId CIVIL_AFFAIRS_BUREAU = UnitId.of("jinan-civil-affairs-bureau");

  static final PersonId LIN = PersonId.of("p-lin-jianhua");
  static final PersonId WANG = PersonId.of("p-wang-zhiqiang");
  static final PersonId RESIDENT = PersonId.of("p-zhang-xiuying");

  static final ServicePostId GUIDANCE = ServicePostId.of("post-zhanqian-g1-guidance");
  static final ServicePostId RELIEF = ServicePostId.of("post-zhanqian-g1-relief");

  private Districts() {}

  static Territory territory() {
    return Territory.builder(new District(DistrictCode.of("350111"), "晋安区"))
        .add(new Street(StreetCode.of("350111001"), "茶园街道"))
        .add(new Community(ZHANQIAN, "站前社区"))
        .add(new Community(ZHANDONG, "站东社区"))
        .add(new Grid(ZHANQIAN_1, "站前社区第一网格", GridType.BASIC, 420))
        .add(new Grid(ZHANQIAN_2, "站前社区第二网格", GridType.BASIC, 385))
        .add(new Grid(ZHANDONG_1, "站东社区第一网格", GridType.BASIC, 512))
        .build();
  }

  /** The housing bureau paired with 站前, nobody with 站东. */
  static DistrictSnapshot.Organisation organisation() {
    return new DistrictSnapshot.Organisation(
        List.of(),
        List.of(),
        List.of(
            DistrictUnit.of(HOUSING_BUREAU, "晋安区住房和建设局", UnitKind.DISTRICT_DEPARTMENT),
            DistrictUnit.of(CIVIL_AFFAIRS_BUREAU, "晋安区民政局", UnitKind.DISTRICT_DEPARTMENT)),
        List.of(Pairing.of(HOUSING_BUREAU, ZHANQIAN, LocalDate.of(2023, 3, 1))),
        List.of(),
        List.of());
  }

  /** Lin and Wang hold posts in 站前 grid 1. */
  static DistrictSnapshot.Posts posts() {
    PostType guidance = new PostType("PARTY_BUILDING_GUIDANCE", "网格党建指导", "指导网格党建");
    PostType relief = new PostType("HARDSHIP_RELIEF", "纾难帮困奉献", "帮助困难群众");
    return new DistrictSnapshot.Posts(
        List.of(guidance, relief),
        List.of(
            new ServicePost(GUIDANCE, ZHANQIAN_1, guidance, 2),
            new ServicePost(RELIEF, ZHANQIAN_1, relief, 2)),
        List.of(
            new PostClaim(GUIDANCE, LIN, LocalDate.of(2023, 12, 1)),
            new PostClaim(RELIEF, WANG, LocalDate.of(2023, 12, 1))),
        Optional.empty());
  }

  static DistrictSnapshot snapshot(List<WorkOrder> orders) {
    return new DistrictSnapshot(
        territory(),
        organisation(),
        DistrictSnapshot.People.EMPTY,
        posts(),
        DistrictSnapshot.Lists.EMPTY,
        orders,
        DistrictSnapshot.Meetings.EMPTY);
  }

  static DistrictSnapshot withMeetingsAndDemands(
      DistrictSnapshot s, List<JointMeeting> meetings, List<DemandItem> demands) {
    return new DistrictSnapshot(
        s.territory(),
        s.organisation(),
        s.people(),
        s.posts(),
        new DistrictSnapshot.Lists(List.of(), demands, List.of(), List.of()),
        s.orders(),
        new DistrictSnapshot.Meetings(meetings, List.of()));
  }

  static JointMeeting meeting(CommunityCode community, YearQuarter quarter, ProjectId... agenda) {
    return new JointMeeting(
        JointMeetingId.of("jm-" + community.value() + "-" + quarter.year() + quarter.quarter()),
        community,
        quarter,
        quarter.firstDay().plusDays(20),
        List.of(new Participant(Stakeholder.of(HOUSING_BUREAU), ParticipantRole.PAIRED_UNIT)),
        List.of(agenda),
        List.of(),
        "议定本季度网格治理项目");
  }

  static DemandItem demand(String id, GridCode grid, Instant at) {
    return DemandItem.of(
        DemandId.of(id),
        Category.of("SERVICE_HOME_REPAIR"),
        MatterKind.AUTONOMY,
        Urgency.ROUTINE,
        Channel.CALL_GROUP,
        grid,
        RESIDENT,
        at,
        "楼道灯坏了");
  }

  /** The Monday of the given week of a quarter, 09:00 in Fuzhou. */
  static Instant in(YearQuarter quarter, int week) {
    return quarter.firstDay().plusWeeks(week).atTime(9, 0).toInstant(ZoneOffset.ofHours(8));
  }

  static WorkOrder reported(String id, GridCode grid, Instant at) {
    Report report =
        new Report(
            WorkOrderId.of(id),
            Origin.demand(DemandId.of("D-" + id)),
            Category.of("SERVICE_HOME_REPAIR"),
            MatterKind.AUTONOMY,
            Urgency.ROUTINE,
            Channel.CALL_GROUP,
            grid,
            Optional.empty(),
            "楼道灯坏了");
    return WorkOrder.report(report, Actor.person(RESIDENT), at, "");
  }

  /**
   * An order reported at {@code at}, dispatched to a grid worker, accepted after an hour and
   * resolved the next day, within its deadline.
   */
  static WorkOrder resolved(String id, GridCode grid, PersonId worker, Instant at) {
    Actor by = Actor.person(worker);
    return reported(id, grid, at)
        .dispatch(
            ResponsibleSubject.gridWorker(worker, "网格员"),
            Deadlines.of(at.plus(Duration.ofDays(1)), at.plus(Duration.ofDays(5))),
            Actor.system("dispatch"),
            at,
            "")
        .orElseThrow()
        .accept(by, at.plus(Duration.ofHours(1)), "")
        .orElseThrow()
        .start(by, at.plus(Duration.ofHours(2)), "")
        .orElseThrow()
        .resolve(by, at.plus(Duration.ofDays(1)), "修好了")
        .orElseThrow();
  }

  /** A resolved order rated once; closed when satisfied. */
  static WorkOrder rated(
      String id, GridCode grid, PersonId worker, Instant at, Satisfaction satisfaction) {
    WorkOrder resolved = resolved(id, grid, worker, at);
    Instant ratedAt = at.plus(Duration.ofDays(2));
    WorkOrder rated =
        resolved
            .rate(Rating.of(satisfaction, RESIDENT, ratedAt), Actor.person(RESIDENT), "")
            .orElseThrow();
    return satisfaction.isSatisfied()
        ? rated.close(Actor.system("close"), ratedAt, "").orElseThrow()
        : rated;
  }

  /** Several rated orders of one worker in one grid, one a week. */
  static List<WorkOrder> ratedOrders(
      String prefix,
      GridCode grid,
      PersonId worker,
      YearQuarter quarter,
      Satisfaction... verdicts) {
    List<WorkOrder> orders = new ArrayList<>();
    for (int i = 0; i < verdicts.length; i++) {
      orders.add(rated(prefix + "-" + i, grid, worker, in(quarter, i + 1), verdicts[i]));
    }
    return orders;
  }
}
