package org.gridgov.examples.simulation;

/**
 * What the simulated district does in the list cycle where the rules leave a choice to people:
 * which demands are large, what the resource list offers, when the joint meetings sit, how the
 * responsible subjects and the residents behave. The rules decide the track, the projects, the
 * agenda, the outcomes, the subject, the time limit, the supervision and what a rating does; these
 * parameters only draw the facts they decide on. Nothing here sets how many items are resolved:
 * that emerges from the meetings' capacity, the resources, the time limits and the behaviour.
 *
 * <p>The defaults were chosen for the source report's district over its period (2022-01-01 to
 * 2023-11-30): docs/BENCHMARKS.md shows the resolved figure they give on several seeds and how it
 * moves when each parameter moves.
 *
 * @param worksPercent of the demands about facilities or a compound, the percent that are works
 *     needing funds and several subjects: in a grid with an old compound, that compound's
 *     renovation, lift installation or parking and charging, in a grid with other compounds half
 *     the time their parking and charging, elsewhere a repair with a budget; default 70: works on
 *     facilities are what the report's projects are about
 * @param jointPropertyPercent of the other demands about a compound, the percent that need the
 *     property company and the owners' committee together (property management); default 30, the
 *     rest of the compound's demands
 * @param outsideServicePercent of the remaining demands, the percent that need a resource from
 *     outside the community (a service the grid cannot give: care, legal aid, training); default
 *     55: the report's list items are the demands the grid could not settle on its own
 * @param pairedUnitYuan the funds a paired district unit offers its community each quarter, in
 *     yuan; default 50,000: a unit's own budget for its paired community, which with the street's
 *     and district's funds for larger works (referred up) makes the community's means
 * @param memberHours the hours a registered Party member (双报到) offers each quarter; default 4
 * @param teamHours the hours a volunteer team offers each quarter; default 40
 * @param residentHours the hours a capable resident offers each quarter; default 8
 * @param propertyMaterials the materials a property company offers each quarter, in units the
 *     projects count; default 20
 * @param meetingDay the calendar day of the quarter from which a community's joint meeting is due;
 *     each community sits on the first working day on or after it plus a drawn 0 to 20 days;
 *     default 30: the first month's demands are proposed before the meeting
 * @param takeDays the longest a subject takes to take (接单) or return (退单) a dispatched project, in
 *     calendar days; default 5
 * @param returnPercent the percent of dispatches the subject returns to the next meeting; default
 *     15: subjects return what they cannot staff or fund
 * @param onTimePercent the percent of projects finished within their time limit; a project on time
 *     takes 50 to 100 % of it, a late one 100 to 160 %; default 60: projects run late more often
 *     than hotline orders (85 % on time) as they wait on approvals, bids and several parties
 * @param ratingDays the longest residents take to rate a resolved project, in calendar days;
 *     default 20
 * @param unsatisfiedPercent the percent of ratings that are unsatisfied; default 8, a little below
 *     the hotline's first ratings (12) as projects are agreed with the residents beforehand
 */
public record CycleParameters(
    int worksPercent,
    int jointPropertyPercent,
    int outsideServicePercent,
    long pairedUnitYuan,
    int memberHours,
    int teamHours,
    int residentHours,
    int propertyMaterials,
    int meetingDay,
    int takeDays,
    int returnPercent,
    int onTimePercent,
    int ratingDays,
    int unsatisfiedPercent) {

  /** The parameters the default {@code simulate} runs with. */
  public static final CycleParameters DEFAULTS =
      new CycleParameters(70, 30, 55, 50_000, 4, 40, 8, 20, 30, 5, 15, 60, 20, 8);

  /** Checks each parameter is in its range. */
  public CycleParameters {
    percent("worksPercent", worksPercent);
    percent("jointPropertyPercent", jointPropertyPercent);
    if (worksPercent + jointPropertyPercent > 100) {
      throw new IllegalArgumentException(
          "worksPercent and jointPropertyPercent share the demands about a compound, at most 100"
              + " together, got "
              + worksPercent
              + " and "
              + jointPropertyPercent);
    }
    percent("outsideServicePercent", outsideServicePercent);
    percent("returnPercent", returnPercent);
    percent("onTimePercent", onTimePercent);
    percent("unsatisfiedPercent", unsatisfiedPercent);
    atLeast("pairedUnitYuan", pairedUnitYuan, 0);
    atLeast("memberHours", memberHours, 0);
    atLeast("teamHours", teamHours, 0);
    atLeast("residentHours", residentHours, 0);
    atLeast("propertyMaterials", propertyMaterials, 0);
    if (meetingDay < 1 || meetingDay > 60) {
      throw new IllegalArgumentException(
          "the joint meeting is due from day 1 to 60 of the quarter, got meetingDay " + meetingDay);
    }
    atLeast("takeDays", takeDays, 1);
    atLeast("ratingDays", ratingDays, 1);
  }

  private static void percent(String name, int value) {
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException(name + " is a percent from 0 to 100, got " + value);
    }
  }

  private static void atLeast(String name, long value, long least) {
    if (value < least) {
      throw new IllegalArgumentException(name + " is " + least + " or more, got " + value);
    }
  }
}
