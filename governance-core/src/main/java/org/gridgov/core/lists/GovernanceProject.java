package org.gridgov.core.lists;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.common.StepRefusedException;
import org.gridgov.core.territory.CommunityCode;

/**
 * An item of the governance project list (治理项目清单): a piece of work a community agrees to do to meet
 * some demands with some resources.
 *
 * <p>The status moves PROPOSED → AGREED → DISPATCHED → DONE through {@link #agree()}, {@link
 * #dispatch()} and {@link #complete()}; each returns a {@link ProjectTransition}, refused when the
 * project is not in the status the move starts from. Demands and resources may be linked until the
 * project is done.
 *
 * @param id its identifier
 * @param community the community that runs it
 * @param title its title, such as 旧院落改造
 * @param demands the demands it meets
 * @param resources the resources it uses
 * @param status where it stands
 */
public record GovernanceProject(
    ProjectId id,
    CommunityCode community,
    String title,
    Set<DemandId> demands,
    Set<ResourceId> resources,
    ProjectStatus status) {

  /** Checks the fields and copies the links. */
  public GovernanceProject {
    Objects.requireNonNull(id, "a project needs an id");
    Objects.requireNonNull(community, "project " + id + " belongs to a community");
    Checks.text(title, Checks.term("project.title", id));
    demands = Set.copyOf(demands);
    resources = Set.copyOf(resources);
    Objects.requireNonNull(status, "project " + id + " has a status");
  }

  /**
   * A proposed project with no links yet.
   *
   * @param id its identifier
   * @param community its community
   * @param title its title
   * @return the project, {@link ProjectStatus#PROPOSED}
   */
  public static GovernanceProject propose(ProjectId id, CommunityCode community, String title) {
    return new GovernanceProject(id, community, title, Set.of(), Set.of(), ProjectStatus.PROPOSED);
  }

  /**
   * Agrees the project, as a joint meeting or consultation meeting does.
   *
   * @return moved to AGREED, or refused unless PROPOSED
   */
  public ProjectTransition agree() {
    return move(ProjectStatus.PROPOSED, ProjectStatus.AGREED);
  }

  /**
   * Dispatches the project as work orders.
   *
   * @return moved to DISPATCHED, or refused unless AGREED
   */
  public ProjectTransition dispatch() {
    return move(ProjectStatus.AGREED, ProjectStatus.DISPATCHED);
  }

  /**
   * Completes the project.
   *
   * @return moved to DONE, or refused unless DISPATCHED
   */
  public ProjectTransition complete() {
    return move(ProjectStatus.DISPATCHED, ProjectStatus.DONE);
  }

  private ProjectTransition move(ProjectStatus from, ProjectStatus to) {
    if (status != from) {
      return new ProjectTransition.Refused(
          this,
          to,
          "project " + id + " moves to " + to + " only from " + from + ", and it is " + status);
    }
    return new ProjectTransition.Moved(
        new GovernanceProject(id, community, title, demands, resources, to),
        new ProjectStatusChanged(id, from, to));
  }

  /**
   * This project meeting one more demand.
   *
   * @param demand the demand
   * @return a new project
   * @throws IllegalStateException if the project is done
   */
  public GovernanceProject linking(DemandId demand) {
    requireOpen();
    Set<DemandId> all = new HashSet<>(demands);
    all.add(Objects.requireNonNull(demand, "a linked demand is named"));
    return new GovernanceProject(id, community, title, all, resources, status);
  }

  /**
   * This project using one more resource.
   *
   * @param resource the resource
   * @return a new project
   * @throws IllegalStateException if the project is done
   */
  public GovernanceProject using(ResourceId resource) {
    requireOpen();
    Set<ResourceId> all = new HashSet<>(resources);
    all.add(Objects.requireNonNull(resource, "a used resource is named"));
    return new GovernanceProject(id, community, title, demands, all, status);
  }

  // Linking to a done project would rewrite a closed ledger entry: a programming error, not a
  // business refusal.
  private void requireOpen() {
    if (status == ProjectStatus.DONE) {
      throw StepRefusedException.of("refused.GovernanceProject.projectDoneLinksClosed", id);
    }
  }

  /**
   * The components, with any phone or ID number in the title masked.
   *
   * @return such as the default record text, masked by {@link PersonalDataMask#describe(Record)}
   */
  @Override
  public String toString() {
    return PersonalDataMask.describe(this);
  }
}
