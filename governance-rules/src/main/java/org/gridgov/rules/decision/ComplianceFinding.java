package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.territory.CommunityCode;

/**
 * One finding about a community's compliance in a quarter; a community that fails on two counts has
 * two findings, a compliant one has one {@link ComplianceVerdict#COMPLIANT} finding.
 *
 * @param community the community
 * @param quarter the quarter
 * @param verdict what was found
 * @param rule the rule that found it
 */
public record ComplianceFinding(
    CommunityCode community, YearQuarter quarter, ComplianceVerdict verdict, String rule)
    implements Decision {

  /** Checks the fields. */
  public ComplianceFinding {
    Objects.requireNonNull(community, "a finding names the community");
    Objects.requireNonNull(quarter, "a finding names the quarter");
    Objects.requireNonNull(verdict, "a finding has a verdict");
    Objects.requireNonNull(rule, "a finding names its rule");
  }

  /**
   * Whether the finding is that the community complied.
   *
   * @return true for {@link ComplianceVerdict#COMPLIANT}
   */
  public boolean compliant() {
    return verdict == ComplianceVerdict.COMPLIANT;
  }
}
