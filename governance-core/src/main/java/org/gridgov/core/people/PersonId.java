package org.gridgov.core.people;

import org.gridgov.core.common.Checks;

/**
 * Identifies a person: a resident, Party member, cadre or volunteer.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record PersonId(String value) {

  /** Checks the identifier. */
  public PersonId {
    Checks.identifier(value, "a person id");
  }

  /**
   * Makes the id.
   *
   * @param value the identifier
   * @return the id
   * @throws IllegalArgumentException if the value is not an identifier
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
