package org.gridgov.core.territory;

import java.util.Objects;
import org.gridgov.core.common.Checks;

/**
 * A village-level unit: an urban community (社区), a village (村) or another unit such as a farm's
 * living area.
 *
 * @param code its twelve-digit code, which names its street
 * @param name its name, such as 站前社区委员会
 */
public record Community(CommunityCode code, String name) {

  /** Checks the fields. */
  public Community {
    Objects.requireNonNull(code, "a community needs a code");
    Checks.name(name, Checks.term("communityName"));
  }

  /**
   * The kind, read from the code's tenth digit.
   *
   * @return community, village or other
   */
  public CommunityKind kind() {
    return CommunityKind.ofCode(code);
  }
}
