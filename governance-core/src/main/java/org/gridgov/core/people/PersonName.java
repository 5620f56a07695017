package org.gridgov.core.people;

import org.gridgov.core.common.Checks;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.common.ValueRefusedException;

/**
 * A person's name. Personal data: {@link #toString()} keeps the surname and masks every other
 * character with {@code *}; only {@link #value()} gives the name.
 *
 * <p>The rule: a compound surname such as 欧阳 or 司马 is kept whole when the name has at least one
 * more character (欧阳娜娜 → 欧阳**); otherwise the first character is kept (张三 → 张*, 李小明 → 李**). A
 * one-character name is masked whole ({@code *}). Characters are counted as code points.
 *
 * @param value the name as written, 1 to 64 characters, not blank
 */
public record PersonName(String value) {

  /** Checks that the name is not blank and at most 64 characters long. */
  public PersonName {
    Checks.text(value, Checks.term("personName"));
    value = value.strip();
    if (value.codePointCount(0, value.length()) > 64) {
      throw ValueRefusedException.of("refused.PersonName.tooLong");
    }
  }

  /**
   * Makes a name.
   *
   * @param value the name
   * @return the name
   */
  public static PersonName of(String value) {
    return new PersonName(value);
  }

  /**
   * The name with all but the surname masked.
   *
   * @return such as 张* or 欧阳**
   */
  public String masked() {
    return PersonalDataMask.name(value);
  }

  /**
   * The masked name; never the name itself.
   *
   * @return {@link #masked()}
   */
  @Override
  public String toString() {
    return masked();
  }
}
