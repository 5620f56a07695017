package org.gridgov.core.post;

import java.util.Objects;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.territory.GridCode;

/**
 * A service post (岗位) set up in a grid, which as many people as its capacity may claim.
 *
 * @param id its identifier
 * @param grid the grid it serves
 * @param type its type
 * @param capacity how many people may hold it, one or more
 */
public record ServicePost(ServicePostId id, GridCode grid, PostType type, int capacity) {

  /** Checks the fields. */
  public ServicePost {
    Objects.requireNonNull(id, "a service post needs an id");
    Objects.requireNonNull(grid, "service post " + id + " serves a grid");
    Objects.requireNonNull(type, "service post " + id + " has a type");
    if (capacity < 1) {
      throw ValueRefusedException.of("refused.ServicePost.servicePostHasRoom", id, capacity);
    }
  }
}
