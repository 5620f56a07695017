package org.gridgov.rules.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.cycle.Cycles.CYCLE;
import static org.gridgov.rules.cycle.Cycles.GRID_1;
import static org.gridgov.rules.cycle.Cycles.GRID_2;
import static org.gridgov.rules.cycle.Cycles.NEW_COMPOUND;
import static org.gridgov.rules.cycle.Cycles.OLD_COMPOUND;
import static org.gridgov.rules.cycle.Cycles.Q1;
import static org.gridgov.rules.cycle.Cycles.ZHANQIAN;
import static org.gridgov.rules.cycle.Cycles.applied;
import static org.gridgov.rules.cycle.Cycles.day;
import static org.gridgov.rules.cycle.Cycles.demandItem;
import static org.gridgov.rules.cycle.Cycles.resource;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.cycle.Capacity;
import org.gridgov.core.cycle.CycleLedger;
import org.gridgov.core.cycle.ListedDemand;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.cycle.ProjectProposal;
import org.gridgov.core.cycle.ProviderKind;
import org.gridgov.core.cycle.ResourceUse;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.ResourceId;
import org.gridgov.core.people.Skill;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.EscalationLevel;
import org.junit.jupiter.api.Test;

/** The proposal rules: grouping, matching resources (provider order) and referral. */
class ProposalRulesTest {

  private final CycleLedger ledger = CycleLedger.empty();

  private static ListedDemand demand(
      String id, GridCode grid, Optional<CompoundId> compound, ProjectKind kind, Capacity need) {
    return new ListedDemand(
        demandItem(id, grid, compound), kind, need, Optional.empty(), 10, 2, false);
  }

  private void form(ListedDemand... demands) {
    for (ListedDemand d : demands) {
      applied(Cycles.form(ledger, d, day(Q1, 3)));
    }
  }

  private void list(String id, ProviderKind provider, Capacity perQuarter, Skill... skills) {
    applied(ledger.list(resource(id, provider, perQuarter, Set.of(skills)), day(Q1, 1)));
  }

  private List<ProjectProposal> proposals() {
    return CYCLE.propose(ledger, ZHANQIAN, Q1);
  }

  private static List<ResourceId> resources(ProjectProposal p) {
    return p.uses().stream().map(ResourceUse::resource).toList();
  }

  @Test
  void demandsOfOneCompoundAndKindMakeOneProject() {
    Capacity need = Capacity.of(0, 10, 0);
    form(
        demand("d-1", GRID_1, Optional.of(OLD_COMPOUND), ProjectKind.LIFT_INSTALLATION, need),
        demand("d-2", GRID_2, Optional.of(OLD_COMPOUND), ProjectKind.LIFT_INSTALLATION, need),
        demand("d-3", GRID_1, Optional.of(NEW_COMPOUND), ProjectKind.LIFT_INSTALLATION, need),
        demand("d-4", GRID_1, Optional.of(OLD_COMPOUND), ProjectKind.RENOVATION, need));

    List<ProjectProposal> proposals = proposals();

    assertThat(proposals)
        .extracting(ProjectProposal::demands)
        .containsExactly(
            List.of(DemandId.of("d-1"), DemandId.of("d-2")),
            List.of(DemandId.of("d-3")),
            List.of(DemandId.of("d-4")));
    assertThat(proposals.get(0).rules())
        .contains("demands of one compound and kind make one project");
  }

  @Test
  void demandsOfOneGridAndKindMakeOneProject() {
    Capacity need = Capacity.of(0, 10, 0);
    form(
        demand("d-1", GRID_2, Optional.empty(), ProjectKind.REPAIR, need),
        demand("d-2", GRID_1, Optional.empty(), ProjectKind.REPAIR, need),
        demand("d-3", GRID_2, Optional.empty(), ProjectKind.REPAIR, need));

    List<ProjectProposal> proposals = proposals();

    assertThat(proposals)
        .extracting(ProjectProposal::demands)
        .containsExactly(
            List.of(DemandId.of("d-1"), DemandId.of("d-3")), List.of(DemandId.of("d-2")));
    assertThat(proposals.get(0).rules()).contains("demands of one grid and kind make one project");
  }

  @Test
  void thePairedUnitIsAskedFirst() {
    list("r-property", ProviderKind.PROPERTY_COMPANY, Capacity.of(1_000_000, 0, 0));
    list("r-paired", ProviderKind.PAIRED_UNIT, Capacity.of(50_000, 0, 0));
    form(demand("d-1", GRID_1, Optional.empty(), ProjectKind.REPAIR, Capacity.of(30_000, 0, 0)));

    ProjectProposal p = proposals().get(0);

    assertThat(resources(p)).containsExactly(ResourceId.of("r-paired"));
    assertThat(p.uses().get(0).rule()).isEqualTo("the paired unit is asked first");
    assertThat(p.resourced()).isTrue();
  }

  @Test
  void thePropertyCompanyIsAskedNext() {
    assertAskedAfterThePairedUnit(
        ProviderKind.PROPERTY_COMPANY, "the property company is asked next");
  }

  @Test
  void registeredPartyMembersAreAskedNext() {
    assertAskedAfterThePairedUnit(
        ProviderKind.REGISTERED_PARTY_MEMBERS, "registered Party members are asked next");
  }

  @Test
  void volunteerTeamsAreAskedNext() {
    assertAskedAfterThePairedUnit(ProviderKind.VOLUNTEER_TEAM, "volunteer teams are asked next");
  }

  @Test
  void selfGoverningOrganisationsAreAskedNext() {
    assertAskedAfterThePairedUnit(
        ProviderKind.SELF_GOVERNING_ORGANISATION, "self-governing organisations are asked next");
  }

  @Test
  void capableResidentsAreAskedNext() {
    assertAskedAfterThePairedUnit(
        ProviderKind.CAPABLE_RESIDENT, "capable residents are asked next");
  }

  /** The paired unit's funds go first; the rest of the need comes from the provider. */
  private void assertAskedAfterThePairedUnit(ProviderKind provider, String rule) {
    list("r-other", provider, Capacity.of(100_000, 100, 0));
    list("r-paired", ProviderKind.PAIRED_UNIT, Capacity.of(20_000, 0, 0));
    form(demand("d-1", GRID_1, Optional.empty(), ProjectKind.REPAIR, Capacity.of(30_000, 8, 0)));

    ProjectProposal p = proposals().get(0);

    assertThat(resources(p)).containsExactly(ResourceId.of("r-paired"), ResourceId.of("r-other"));
    assertThat(p.uses().get(1).amount()).isEqualTo(Capacity.of(10_000, 8, 0));
    assertThat(p.uses().get(1).rule()).isEqualTo(rule);
    assertThat(p.rules()).contains(rule);
  }

  @Test
  void withinARankAResourceWithTheNeededSkillIsAskedFirst() {
    list("r-resident", ProviderKind.CAPABLE_RESIDENT, Capacity.of(0, 500, 0));
    list("r-volunteers", ProviderKind.VOLUNTEER_TEAM, Capacity.of(0, 20, 0), Skill.PLUMBING);
    form(
        new ListedDemand(
            demandItem("d-1", GRID_1, Optional.empty()),
            ProjectKind.REPAIR,
            Capacity.of(0, 12, 0),
            Optional.of(Skill.PLUMBING),
            5,
            2,
            false));

    ProjectProposal p = proposals().get(0);

    assertThat(resources(p)).containsExactly(ResourceId.of("r-volunteers"));
  }

  @Test
  void aProjectShortOfHalfAMillionYuanGoesToTheDistrict() {
    list("r-paired", ProviderKind.PAIRED_UNIT, Capacity.of(50_000, 0, 0));
    form(
        demand(
            "d-1",
            GRID_1,
            Optional.of(OLD_COMPOUND),
            ProjectKind.RENOVATION,
            Capacity.of(600_000, 0, 0)));

    ProjectProposal p = proposals().get(0);

    assertThat(p.referredTo()).contains(EscalationLevel.DISTRICT);
    assertThat(p.uses()).isEmpty();
    assertThat(p.rules()).contains("a project short of half a million yuan goes to the district");
  }

  @Test
  void aProjectTheCommunityCannotResourceGoesToTheStreet() {
    list("r-paired", ProviderKind.PAIRED_UNIT, Capacity.of(50_000, 0, 0));
    form(
        demand(
            "d-1",
            GRID_1,
            Optional.of(OLD_COMPOUND),
            ProjectKind.PARKING_AND_CHARGING,
            Capacity.of(80_000, 0, 0)));

    ProjectProposal p = proposals().get(0);

    assertThat(p.referredTo()).contains(EscalationLevel.STREET);
    assertThat(p.rules()).contains("a project the community cannot resource goes to the street");
  }

  @Test
  void aResourcedProjectIsNotReferred() {
    list("r-paired", ProviderKind.PAIRED_UNIT, Capacity.of(50_000, 0, 0));
    form(demand("d-1", GRID_1, Optional.empty(), ProjectKind.REPAIR, Capacity.of(50_000, 0, 0)));

    assertThat(proposals().get(0).referredTo()).isEmpty();
  }
}
