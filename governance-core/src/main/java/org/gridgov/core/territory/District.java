package org.gridgov.core.territory;

import java.util.Objects;
import org.gridgov.core.common.Checks;

/**
 * A county-level district (区), the top of a {@link Territory}.
 *
 * @param code its GB/T 2260 code
 * @param name its name, such as 晋安区
 */
public record District(DistrictCode code, String name) {

  /** Checks the fields. */
  public District {
    Objects.requireNonNull(code, "a district needs a code");
    Checks.name(name, Checks.term("districtName"));
  }
}
