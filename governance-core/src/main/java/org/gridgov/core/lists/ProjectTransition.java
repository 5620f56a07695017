package org.gridgov.core.lists;

import java.util.Objects;
import org.gridgov.core.common.Checks;

/** The outcome of asking a governance project to move: moved with its event, or refused. */
public sealed interface ProjectTransition
    permits ProjectTransition.Moved, ProjectTransition.Refused {

  /**
   * Whether the project moved.
   *
   * @return true for {@link Moved}
   */
  boolean moved();

  /**
   * The project moved.
   *
   * @param project the project in its new status
   * @param event what happened
   */
  record Moved(GovernanceProject project, ProjectStatusChanged event) implements ProjectTransition {

    /** Checks the fields. */
    public Moved {
      Objects.requireNonNull(project, "a move comes with the moved project");
      Objects.requireNonNull(event, "a move comes with its event");
    }

    @Override
    public boolean moved() {
      return true;
    }
  }

  /**
   * The move was refused; the project is unchanged.
   *
   * @param project the project, unchanged
   * @param wanted the status asked for
   * @param reason why, in words
   */
  record Refused(GovernanceProject project, ProjectStatus wanted, String reason)
      implements ProjectTransition {

    /** Checks the fields. */
    public Refused {
      Objects.requireNonNull(project, "a refusal comes with the project");
      Objects.requireNonNull(wanted, "a refusal names the status asked for");
      Checks.text(reason, Checks.term("refusal.reason"));
    }

    @Override
    public boolean moved() {
      return false;
    }
  }
}
