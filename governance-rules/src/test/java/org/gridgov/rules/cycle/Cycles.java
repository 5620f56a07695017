package org.gridgov.rules.cycle;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.cycle.Capacity;
import org.gridgov.core.cycle.CycleLedger;
import org.gridgov.core.cycle.CycleStep;
import org.gridgov.core.cycle.ListedDemand;
import org.gridgov.core.cycle.ListedResource;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.cycle.ProviderKind;
import org.gridgov.core.cycle.Subjects;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.ResourceId;
import org.gridgov.core.lists.ResourceItem;
import org.gridgov.core.lists.ResourceKind;
import org.gridgov.core.lists.ResourceProvider;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.meeting.Participant;
import org.gridgov.core.meeting.ParticipantRole;
import org.gridgov.core.meeting.Stakeholder;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.people.Skill;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.rules.GovernanceEngine;

/** A small community, its resources and demands, for the list-cycle tests. */
final class Cycles {

  static final GovernanceEngine ENGINE = GovernanceEngine.builder().build();
  static final ListCycle CYCLE = ListCycle.on(ENGINE);

  static final CommunityCode ZHANQIAN = CommunityCode.of("350111001001");
  static final CommunityCode VILLAGE = CommunityCode.of("350111103201");
  static final GridCode GRID_1 = ZHANQIAN.grid(1);
  static final GridCode GRID_2 = ZHANQIAN.grid(2);
  static final CompoundId OLD_COMPOUND = CompoundId.of("cp-zhanqian-old-1");
  static final CompoundId NEW_COMPOUND = CompoundId.of("cp-zhanqian-new-2");
  static final UnitId PAIRED_UNIT = UnitId.of("jinan-housing-bureau");
  static final UnitId PROPERTY = UnitId.of("jinan-property-co");
  static final PersonId RESIDENT = PersonId.of("p-zhang-xiuying");
  static final PersonId SECRETARY = PersonId.of("p-lin-jianhua");

  static final YearQuarter Q1 = YearQuarter.of(2024, 1);

  static final Subjects SUBJECTS =
      Subjects.of(
          ZHANQIAN,
          ResponsibleSubject.community(ZHANQIAN, "站前社区居委会"),
          ResponsibleSubject.propertyCompany(PROPERTY, "晋安物业"),
          ResponsibleSubject.ownersCommittee(OLD_COMPOUND, "老院业委会"),
          ResponsibleSubject.districtUnit(PAIRED_UNIT, "区住建局"));

  static final List<Participant> PARTICIPANTS =
      List.of(
          new Participant(Stakeholder.of(SECRETARY), ParticipantRole.CHAIR),
          new Participant(Stakeholder.of(PAIRED_UNIT), ParticipantRole.PAIRED_UNIT),
          new Participant(Stakeholder.of(PROPERTY), ParticipantRole.PROPERTY_COMPANY));

  private Cycles() {}

  static LocalDate day(YearQuarter q, int dayOfQuarter) {
    return q.firstDay().plusDays(dayOfQuarter - 1L);
  }

  static DemandItem demandItem(String id, GridCode grid, Optional<CompoundId> compound) {
    DemandItem d =
        DemandItem.of(
            DemandId.of(id),
            Category.of("SERVICE_OLD_COMPOUND_RENOVATION"),
            MatterKind.ASSISTANCE,
            Urgency.ROUTINE,
            Channel.CALL_GROUP,
            grid,
            RESIDENT,
            LocalDate.of(2024, 1, 5).atStartOfDay().toInstant(ZoneOffset.ofHours(8)),
            "需求 " + id);
    return new DemandItem(
        d.id(),
        d.category(),
        d.matterKind(),
        d.urgency(),
        d.channel(),
        d.grid(),
        compound,
        d.raisedBy(),
        d.raisedAt(),
        d.summary(),
        Set.of());
  }

  /** A demand of the old compound needing money and several subjects. */
  static ListedDemand big(String id, ProjectKind kind, long yuan) {
    return new ListedDemand(
        demandItem(id, GRID_1, Optional.of(OLD_COMPOUND)),
        kind,
        Capacity.of(yuan, 40, 0),
        Optional.empty(),
        30,
        3,
        false);
  }

  /** A small repair in a grid, settled at once. */
  static ListedDemand small(String id) {
    return ListedDemand.small(demandItem(id, GRID_2, Optional.empty()), ProjectKind.REPAIR);
  }

  static ListedResource resource(String id, ProviderKind provider, Capacity perQuarter) {
    return resource(id, provider, perQuarter, Set.of());
  }

  static ListedResource resource(
      String id, ProviderKind provider, Capacity perQuarter, Set<Skill> skills) {
    ResourceItem item =
        new ResourceItem(
            ResourceId.of(id),
            ResourceProvider.of(PAIRED_UNIT),
            ResourceKind.FUNDS,
            "资源 " + id,
            Area.of(ZHANQIAN));
    return new ListedResource(item, provider, skills, perQuarter);
  }

  /** Forms a demand on the track the rules choose. */
  static CycleStep form(CycleLedger ledger, ListedDemand demand, LocalDate on) {
    var track = CYCLE.track(demand);
    return ledger.form(demand, track.track(), track.rule(), on);
  }

  static <T extends CycleStep> void applied(CycleStep step) {
    if (!step.applied()) {
      throw new AssertionError("refused: " + ((CycleStep.Refused) step).reason());
    }
  }
}
