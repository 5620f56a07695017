package org.gridgov.core.post;

import java.util.Objects;
import java.util.regex.Pattern;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;

/**
 * A type of post (岗位) that residents and Party members claim in a grid.
 *
 * @param code upper-case letters, digits and underscores, such as {@code PARTY_BUILDING_GUIDANCE}
 * @param name its name, such as 网格党建指导岗
 * @param description what a holder of such a post does
 */
public record PostType(String code, String name, String description) {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Checks the fields. */
  public PostType {
    Objects.requireNonNull(code, "a post type code is required");
    if (!CODE.matcher(code).matches()) {
      throw ValueRefusedException.of("refused.PostType.postTypeCodeHas", Checks.quote(code));
    }
    Checks.text(name, Checks.term("postType.name", code));
    Checks.text(description, Checks.term("postType.description", code));
  }
}
