package org.gridgov.core.cycle;

import java.util.Objects;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.lists.ResourceId;

/**
 * Part of a resource's quarterly capacity a project is to use, as the matching rules chose it.
 *
 * @param resource the resource
 * @param amount how much of its capacity, not nothing
 * @param rule the rule that matched it
 */
public record ResourceUse(ResourceId resource, Capacity amount, String rule) {

  /** Checks the fields. */
  public ResourceUse {
    Objects.requireNonNull(resource, "a resource use names its resource");
    Objects.requireNonNull(amount, "the use of " + resource + " has an amount");
    if (amount.isNone()) {
      throw ValueRefusedException.of("refused.ResourceUse.useTakesSomeCapacity", resource);
    }
    Objects.requireNonNull(rule, "the use of " + resource + " names its rule");
  }
}
