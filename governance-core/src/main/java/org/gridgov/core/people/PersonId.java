package org.gridgov.core.people;

import org.gridgov.core.common.Checks;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.common.ValueRefusedException;

/**
 * Identifies a person: a resident, Party member, cadre or volunteer.
 *
 * <p>An id is written as it is wherever the person is named: in logs, messages, audit records and
 * exports, which mask names, phone and ID numbers but not ids. So an id may not be, nor hold, a
 * phone or ID number ({@link PersonalDataMask#numberIn(String)}): a host that keys its residents by
 * their phone or ID number gives them ids of its own, and keeps the numbers in their {@link Person}
 * record, where they are masked.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}, holding no phone or ID number
 */
public record PersonId(String value) {

  /**
   * Checks the identifier.
   *
   * @throws IllegalArgumentException if the value is not an identifier, or holds a phone or ID
   *     number; the message masks the number
   */
  public PersonId {
    Checks.identifier(value, Checks.term("personId"));
    PersonalDataMask.numberIn(value)
        .ifPresent(
            number -> {
              throw ValueRefusedException.of(
                  "refused.PersonId.personIdMayNot", kindOf(number), Checks.quote(value));
            });
  }

  /**
   * Makes the id.
   *
   * @param value the identifier
   * @return the id
   * @throws IllegalArgumentException if the value is not an identifier, or holds a phone or ID
   *     number
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  /** The kind of number {@link PersonalDataMask#numberIn(String)} names, as a term. */
  private static Message kindOf(String number) {
    return switch (number) {
      case "a mobile number" -> Checks.term("mobileNumber");
      case "a landline number" -> Checks.term("landlineNumber");
      case "an ID number" -> Checks.term("idNumber");
      case "an old ID number" -> Checks.term("oldIdNumber");
      default -> Message.text(number);
    };
  }
}
