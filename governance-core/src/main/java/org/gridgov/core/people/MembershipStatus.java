package org.gridgov.core.people;

/** Where a Party member stands, which decides how the member serves in the grid. */
public enum MembershipStatus {
  /** 在职党员: employed; registers (报到) into the grid where the member lives. */
  IN_SERVICE,
  /** 退休党员: retired; often the core of the grid's volunteer team. */
  RETIRED,
  /** 流动党员: away from the organisation that holds the membership. */
  FLOATING,
  /** 学生党员: a student. */
  STUDENT,
  /** 预备党员: a probationary member. */
  PROBATIONARY
}
