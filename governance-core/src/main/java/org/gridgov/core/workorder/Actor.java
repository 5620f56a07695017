package org.gridgov.core.workorder;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.people.PersonId;

/**
 * Who made something happen to a work order: a person, or the system acting on a named rule (such
 * as an escalation rule that fires when a deadline passes).
 *
 * @param kind a person or the system
 * @param name for a person their {@link PersonId} value; for the system the name of the rule or
 *     process, any text that is not blank, such as {@code remind at 80 percent of the resolve
 *     limit}
 */
public record Actor(Kind kind, String name) {

  /** What kind of actor. */
  public enum Kind {
    /** A person: a resident, grid worker, cadre or volunteer. */
    PERSON,
    /** The system, acting on a rule or a scheduled process. */
    SYSTEM
  }

  /** Checks the components. */
  public Actor {
    Objects.requireNonNull(kind, "an actor needs a kind");
    if (kind == Kind.PERSON) {
      Checks.identifier(name, Checks.term("personId"));
    } else {
      Checks.text(name, Checks.term("ruleName"));
    }
  }

  /**
   * A person acting.
   *
   * @param person who
   * @return the actor
   */
  public static Actor person(PersonId person) {
    return new Actor(Kind.PERSON, Objects.requireNonNull(person, "person").value());
  }

  /**
   * The system acting on a rule.
   *
   * @param rule the rule's or process's name, such as {@code any order goes to its community}
   * @return the actor
   */
  public static Actor system(String rule) {
    return new Actor(Kind.SYSTEM, rule);
  }

  /**
   * The person, if a person acted.
   *
   * @return the person's id, or empty for the system
   */
  public Optional<PersonId> person() {
    return kind == Kind.PERSON ? Optional.of(new PersonId(name)) : Optional.empty();
  }

  /**
   * The person's id, or the rule's name with any phone or ID number in it masked.
   *
   * @return such as {@code p-1} or {@code system:remind at 80 percent of the resolve limit}
   */
  @Override
  public String toString() {
    return kind == Kind.PERSON ? name : "system:" + PersonalDataMask.text(name);
  }
}
