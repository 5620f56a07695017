package org.gridgov.core.district;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.GovernanceProject;
import org.gridgov.core.lists.Matter;
import org.gridgov.core.lists.ResourceItem;
import org.gridgov.core.meeting.ConsultationMeeting;
import org.gridgov.core.meeting.JointMeeting;
import org.gridgov.core.organisation.DistrictUnit;
import org.gridgov.core.organisation.GridTeams;
import org.gridgov.core.organisation.JointPartyCommittee;
import org.gridgov.core.organisation.Pairing;
import org.gridgov.core.organisation.PartyOrganisation;
import org.gridgov.core.organisation.SelfGoverningOrganisation;
import org.gridgov.core.people.Assignment;
import org.gridgov.core.people.FirstSecretary;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.VolunteerTeam;
import org.gridgov.core.post.PostClaim;
import org.gridgov.core.post.PostType;
import org.gridgov.core.post.ServiceMenu;
import org.gridgov.core.post.ServicePost;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.WorkOrder;

/**
 * Everything known about one district at one moment. A snapshot is immutable; its lists keep the
 * order they were given in. It checks only what each part checks of itself: the references between
 * parts (a pairing's unit, a person's home grid, an order's grid) are checked when a snapshot is
 * loaded by {@code org.gridgov.core.io.DistrictSnapshotJson}, which reports every dangling
 * reference with its JSON path.
 *
 * @param territory the district's territory
 * @param organisation its Party organisations, joint committees, units, pairings, self-governing
 *     organisations and grid teams
 * @param people its people, their "two chiefs and one member" assignments, first secretaries and
 *     volunteer teams
 * @param posts its post types, service posts, claims and service menu
 * @param lists its matter catalogue and its demand, resource and project lists
 * @param orders its work orders
 * @param meetings its joint meetings and consultation meetings
 */
public record DistrictSnapshot(
    Territory territory,
    Organisation organisation,
    People people,
    Posts posts,
    Lists lists,
    List<WorkOrder> orders,
    Meetings meetings) {

  /** Checks that every part is present and copies the orders. */
  public DistrictSnapshot {
    Objects.requireNonNull(territory, "a snapshot needs a territory");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(posts, "posts");
    Objects.requireNonNull(lists, "lists");
    orders = List.copyOf(orders);
    Objects.requireNonNull(meetings, "meetings");
  }

  /**
   * A snapshot of a territory and nothing else yet.
   *
   * @param territory the territory
   * @return a snapshot with empty organisation, people, posts, lists, orders and meetings
   */
  public static DistrictSnapshot of(Territory territory) {
    return new DistrictSnapshot(
        territory,
        Organisation.EMPTY,
        People.EMPTY,
        Posts.EMPTY,
        Lists.EMPTY,
        List.of(),
        Meetings.EMPTY);
  }

  /**
   * This snapshot with other orders.
   *
   * @param newOrders the orders
   * @return a new snapshot
   */
  public DistrictSnapshot withOrders(List<WorkOrder> newOrders) {
    return new DistrictSnapshot(territory, organisation, people, posts, lists, newOrders, meetings);
  }

  /**
   * The organisations of a district.
   *
   * @param partyOrganisations its Party organisations
   * @param jointCommittees its joint Party committees ("1+X")
   * @param units its district, resident and co-building units
   * @param pairings the pairings of units with communities
   * @param selfGoverning its self-governing organisations
   * @param gridTeams the two teams of each grid
   */
  public record Organisation(
      List<PartyOrganisation> partyOrganisations,
      List<JointPartyCommittee> jointCommittees,
      List<DistrictUnit> units,
      List<Pairing> pairings,
      List<SelfGoverningOrganisation> selfGoverning,
      List<GridTeams> gridTeams) {

    /** No organisations at all. */
    public static final Organisation EMPTY =
        new Organisation(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    /** Copies the lists. */
    public Organisation {
      partyOrganisations = List.copyOf(partyOrganisations);
      jointCommittees = List.copyOf(jointCommittees);
      units = List.copyOf(units);
      pairings = List.copyOf(pairings);
      selfGoverning = List.copyOf(selfGoverning);
      gridTeams = List.copyOf(gridTeams);
    }
  }

  /**
   * The people of a district and the places they hold.
   *
   * @param persons its people
   * @param assignments lane chiefs, building chiefs and grid workers
   * @param firstSecretaries first secretaries of communities and of weak grids
   * @param volunteerTeams its volunteer teams
   */
  public record People(
      List<Person> persons,
      List<Assignment> assignments,
      List<FirstSecretary> firstSecretaries,
      List<VolunteerTeam> volunteerTeams) {

    /** No people at all. */
    public static final People EMPTY = new People(List.of(), List.of(), List.of(), List.of());

    /** Copies the lists. */
    public People {
      persons = List.copyOf(persons);
      assignments = List.copyOf(assignments);
      firstSecretaries = List.copyOf(firstSecretaries);
      volunteerTeams = List.copyOf(volunteerTeams);
    }
  }

  /**
   * The service posts of a district.
   *
   * @param types the post types in use
   * @param servicePosts the posts of each grid
   * @param claims the claims people made on posts
   * @param menu the "10+X" service menu, if the district has one
   */
  public record Posts(
      List<PostType> types,
      List<ServicePost> servicePosts,
      List<PostClaim> claims,
      Optional<ServiceMenu> menu) {

    /** No posts at all. */
    public static final Posts EMPTY = new Posts(List.of(), List.of(), List.of(), Optional.empty());

    /** Copies the lists. */
    public Posts {
      types = List.copyOf(types);
      servicePosts = List.copyOf(servicePosts);
      claims = List.copyOf(claims);
      Objects.requireNonNull(menu, "menu is Optional.empty() when absent");
    }
  }

  /**
   * The matter catalogue and the three lists of a district.
   *
   * @param matters the matter catalogue
   * @param demands the demand list
   * @param resources the service resource list
   * @param projects the governance project list
   */
  public record Lists(
      List<Matter> matters,
      List<DemandItem> demands,
      List<ResourceItem> resources,
      List<GovernanceProject> projects) {

    /** Nothing listed. */
    public static final Lists EMPTY = new Lists(List.of(), List.of(), List.of(), List.of());

    /** Copies the lists. */
    public Lists {
      matters = List.copyOf(matters);
      demands = List.copyOf(demands);
      resources = List.copyOf(resources);
      projects = List.copyOf(projects);
    }
  }

  /**
   * The meetings of a district.
   *
   * @param joint its quarterly joint meetings
   * @param consultations its consultation meetings
   */
  public record Meetings(List<JointMeeting> joint, List<ConsultationMeeting> consultations) {

    /** No meetings. */
    public static final Meetings EMPTY = new Meetings(List.of(), List.of());

    /** Copies the lists. */
    public Meetings {
      joint = List.copyOf(joint);
      consultations = List.copyOf(consultations);
    }
  }

  /**
   * Counts of what the snapshot holds, for summaries and logs.
   *
   * @return such as {@code "9 streets, 212 communities, 0 grids, 0 people, 0 orders"}
   */
  public String counts() {
    List<String> parts = new ArrayList<>();
    parts.add(territory.streets().size() + " streets");
    parts.add(territory.communities().size() + " communities");
    parts.add(territory.grids().size() + " grids");
    parts.add(people.persons().size() + " people");
    parts.add(orders.size() + " orders");
    return String.join(", ", parts);
  }
}
