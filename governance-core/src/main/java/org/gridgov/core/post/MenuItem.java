package org.gridgov.core.post;

import java.util.Objects;
import java.util.regex.Pattern;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;

/**
 * An item of the "10+X" service menu, such as free haircuts for the elderly or minor home repairs.
 *
 * @param code upper-case letters, digits and underscores
 * @param name its name
 */
public record MenuItem(String code, String name) {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Checks the fields. */
  public MenuItem {
    Objects.requireNonNull(code, "a menu item code is required");
    if (!CODE.matcher(code).matches()) {
      throw ValueRefusedException.of("refused.MenuItem.menuItemCodeHas", Checks.quote(code));
    }
    Checks.text(name, Checks.term("menuItem.name", code));
  }
}
