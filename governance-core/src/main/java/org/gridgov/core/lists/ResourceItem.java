package org.gridgov.core.lists;

import java.util.Objects;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.organisation.Area;

/**
 * An item of the service resource list (服务资源清单).
 *
 * @param id its identifier
 * @param provider the unit or person who offers it
 * @param kind what it is
 * @param description what exactly is offered, and on what terms
 * @param scope the community or grid it is offered to
 */
public record ResourceItem(
    ResourceId id, ResourceProvider provider, ResourceKind kind, String description, Area scope) {

  /** Checks the fields. */
  public ResourceItem {
    Objects.requireNonNull(id, "a resource needs an id");
    Objects.requireNonNull(provider, "resource " + id + " has a provider");
    Objects.requireNonNull(kind, "resource " + id + " has a kind");
    Checks.text(description, Checks.term("resource.description", id));
    Objects.requireNonNull(scope, "resource " + id + " is offered to a community or grid");
  }

  /**
   * Whether the resource is available in an area.
   *
   * @param area the area, such as a demand's grid
   * @return true if the resource's scope covers it
   */
  public boolean availableIn(Area area) {
    return scope.covers(area);
  }

  /**
   * The components, with any phone or ID number in the description masked.
   *
   * @return such as the default record text, masked by {@link PersonalDataMask#describe(Record)}
   */
  @Override
  public String toString() {
    return PersonalDataMask.describe(this);
  }
}
