package org.gridgov.core.lists;

import java.util.Objects;
import java.util.regex.Pattern;
import org.gridgov.core.common.ValueRefusedException;

/**
 * The category of a demand or work order, by code. The codes follow the component and event classes
 * of GB/T 30428 extended with community-service categories; the catalogue of categories and their
 * names lives with the routing rules, where integrators add their own.
 *
 * @param code upper-case letters, digits and underscores, such as {@code EVENT_APPEARANCE} or
 *     {@code SERVICE_ELDERLY_CARE}
 */
public record Category(String code) {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Checks the code. */
  public Category {
    Objects.requireNonNull(code, "a category code is required");
    if (!CODE.matcher(code).matches()) {
      throw ValueRefusedException.of(
          "refused.Category.codeHasUpperCaseLetters",
          code.length() > 80 ? code.substring(0, 80) + "..." : code);
    }
  }

  /**
   * Makes a category.
   *
   * @param code the code
   * @return the category
   * @throws IllegalArgumentException if the code is malformed
   */
  public static Category of(String code) {
    return new Category(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
