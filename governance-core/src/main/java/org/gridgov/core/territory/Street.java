package org.gridgov.core.territory;

import java.util.Objects;
import org.gridgov.core.common.Checks;

/**
 * A township-level unit of a district: a street (街道), town (镇) or township (乡).
 *
 * @param code its nine-digit code, which names its district
 * @param name its name, such as 茶园街道
 */
public record Street(StreetCode code, String name) {

  /** Checks the fields. */
  public Street {
    Objects.requireNonNull(code, "a street needs a code");
    Checks.name(name, Checks.term("streetName"));
  }

  /**
   * The kind, read from the code.
   *
   * @return street, town, township or other
   */
  public StreetKind kind() {
    return StreetKind.ofCode(code);
  }
}
