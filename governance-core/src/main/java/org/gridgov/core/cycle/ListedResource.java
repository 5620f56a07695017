package org.gridgov.core.cycle;

import java.util.Objects;
import java.util.Set;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.lists.ResourceId;
import org.gridgov.core.lists.ResourceItem;
import org.gridgov.core.people.Skill;
import org.gridgov.core.territory.CommunityCode;

/**
 * An item of the service resource list (服务资源清单) with what it offers each quarter.
 *
 * @param item the resource
 * @param provider who offers it: a paired unit, registered Party members, a volunteer team, a
 *     self-governing organisation, a property company or a capable resident
 * @param skills the skills it offers, possibly none (funds and materials need none)
 * @param perQuarter the capacity it offers in each quarter, which agreed projects use up
 */
public record ListedResource(
    ResourceItem item, ProviderKind provider, Set<Skill> skills, Capacity perQuarter) {

  /** Checks the fields and copies the skills. */
  public ListedResource {
    Objects.requireNonNull(item, "a listed resource names its resource");
    Objects.requireNonNull(provider, "listed resource " + item.id() + " names its provider kind");
    skills = Set.copyOf(skills);
    Objects.requireNonNull(perQuarter, "listed resource " + item.id() + " has a capacity");
    if (perQuarter.isNone()) {
      throw ValueRefusedException.of("refused.ListedResource.listedResourceOffersSome", item.id());
    }
  }

  /**
   * The resource's id.
   *
   * @return the id
   */
  public ResourceId id() {
    return item.id();
  }

  /**
   * The community the resource is offered to.
   *
   * @return the community of its scope
   */
  public CommunityCode community() {
    return item.scope().community();
  }
}
