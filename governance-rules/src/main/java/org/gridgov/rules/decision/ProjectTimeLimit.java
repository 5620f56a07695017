package org.gridgov.rules.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gridgov.core.cycle.ProjectKind;

/**
 * The time limit of a project kind in working days, with its milestones as shares of the time
 * limit.
 *
 * @param kind the project kind
 * @param workingDays 1 or more working days from the dispatch to the due date
 * @param milestones the milestones, as {@code name percent} pairs separated by {@code ;} with the
 *     percentages rising from 1 to 100, such as {@code 方案确定 20; 施工完成 90}; may be empty
 * @param rule the rule (table row) that decided
 */
public record ProjectTimeLimit(ProjectKind kind, int workingDays, String milestones, String rule)
    implements Decision {

  /**
   * A milestone as a share of the time limit.
   *
   * @param name what is to be reached
   * @param percent its share of the working days, 1 to 100
   */
  public record Share(String name, int percent) {}

  /** Checks the fields and that the milestones read. */
  public ProjectTimeLimit {
    Objects.requireNonNull(kind, "a time limit names its project kind");
    if (workingDays < 1 || workingDays > 10_000) {
      throw new IllegalArgumentException(
          "the time limit of " + kind + " is 1 to 10000 working days, got " + workingDays);
    }
    Objects.requireNonNull(milestones, "the milestones of " + kind + " are given, maybe empty");
    Objects.requireNonNull(rule, "the time limit of " + kind + " names its rule");
    shares(kind, milestones);
  }

  /**
   * The milestones, read.
   *
   * @return the shares, in rising order
   */
  public List<Share> shares() {
    return shares(kind, milestones);
  }

  private static List<Share> shares(ProjectKind kind, String milestones) {
    List<Share> shares = new ArrayList<>();
    int last = 0;
    for (String part : milestones.split(";")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int space = p.lastIndexOf(' ');
      int percent;
      try {
        percent = space < 1 ? -1 : Integer.parseInt(p.substring(space + 1));
      } catch (NumberFormatException e) {
        percent = -1;
      }
      if (percent <= last || percent > 100) {
        throw new IllegalArgumentException(
            "a milestone of "
                + kind
                + " is a name and a percentage above the one before, up to 100, got \""
                + p
                + "\"");
      }
      shares.add(new Share(p.substring(0, space).strip(), percent));
      last = percent;
    }
    return List.copyOf(shares);
  }
}
