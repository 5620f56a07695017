package org.gridgov.rules.evaluation;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The measures of a subject in a role (岗位考核指标), each a rate between 0 and 1 computed from {@link
 * RoleCounts}, empty where its denominator is zero.
 */
public enum RoleKpi {
  /** 按时响应率: dispatches taken (接单) by their accept-by deadline, of those with one. */
  RESPONSE_ON_TIME(SubjectRole.HANDLER, "按时响应率", "response on time"),
  /** 按时派遣率: dispatches made within the table's minutes of the report or the return. */
  ON_TIME_DISPATCH(SubjectRole.DISPATCHER, "按时派遣率", "on-time dispatch"),
  /** 派遣准确率: dispatches not returned (退单) by the subject as not theirs. */
  ACCURATE_DISPATCH(SubjectRole.DISPATCHER, "派遣准确率", "accurate dispatch"),
  /** 按时处置率: dispatches with a resolve-by deadline, not returned, resolved by it. */
  ON_TIME_RESOLUTION(SubjectRole.HANDLER, "按时处置率", "on-time resolution"),
  /** 返工率: resolved dispatches that a resident's unsatisfied rating reopened. */
  REWORK(SubjectRole.HANDLER, "返工率", "rework"),
  /** 满意率: satisfied and basically satisfied ratings of the subject's work, of all ratings. */
  SATISFACTION(SubjectRole.HANDLER, "满意率", "satisfaction");

  private final SubjectRole role;
  private final String chineseName;
  private final String englishName;

  RoleKpi(SubjectRole role, String chineseName, String englishName) {
    this.role = role;
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * The role this measure applies to.
   *
   * @return the role
   */
  public SubjectRole role() {
    return role;
  }

  /**
   * The name used in Chinese reports.
   *
   * @return such as {@code 按时响应率}
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The name used in English reports.
   *
   * @return such as {@code response on time}
   */
  public String englishName() {
    return englishName;
  }

  /**
   * This measure of some counts.
   *
   * @param counts the counts
   * @return the rate, empty where its denominator is zero
   */
  public OptionalDouble of(RoleCounts counts) {
    Objects.requireNonNull(counts, "counts");
    return switch (this) {
      case RESPONSE_ON_TIME -> ratio(counts.acceptedOnTime(), counts.acceptDue());
      case ON_TIME_DISPATCH -> ratio(counts.dispatchedOnTime(), counts.dispatches());
      case ACCURATE_DISPATCH -> ratio(counts.dispatches() - counts.returned(), counts.dispatches());
      case ON_TIME_RESOLUTION -> ratio(counts.resolvedOnTime(), counts.resolveDue());
      case REWORK -> ratio(counts.reworked(), counts.resolved());
      case SATISFACTION -> ratio(counts.satisfied(), counts.rated());
    };
  }

  private static OptionalDouble ratio(int numerator, int denominator) {
    return denominator == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) numerator / denominator);
  }
}
