package org.gridgov.examples.district;

import java.time.LocalDate;
import java.util.Objects;
import org.gridgov.core.territory.CommunityKind;
import org.gridgov.core.territory.Territory;

/**
 * The figures a population is built to: how many grids, units, first secretaries, post holders and
 * so on a district has. {@link #REPORT} holds the figures of the source report for one district;
 * {@link #scaledTo(Territory)} fits them to a district of another size.
 *
 * <p>Every figure is an exact target: the populated district holds exactly that many of each thing.
 * Three figures are not in the report and are stated here as assumptions: the number of old
 * compounds ({@code oldCompounds}; the report gives only the 280 brought under management and the
 * 73 renovated), the number of local items on the "10+X" menu ({@code localMenuItems}) and the date
 * the year starts ({@code from}).
 *
 * @param districtUnits district units paired with communities (report: 68)
 * @param pairedCommunities communities those units are paired with (report: 94)
 * @param weakGridFirstSecretaries cadres sent as first secretary of a weak grid (report: 53)
 * @param postHolders capable residents and Party members who claim a post (report: 3,500)
 * @param gridStations grid stations, 网格连心驿站 (report: 137)
 * @param warmStations warm stations for new-employment workers, 暖心驿站 (report: 15)
 * @param delegatedMatters matters delegated to communities (report: 169)
 * @param callGroups red-grid call groups, one per grid, so also the number of grids (report: 983)
 * @param registeredPartyMembers Party members and cadres registered into grids (report: 17,000)
 * @param oldCompounds old compounds that had no property management (assumed: 400)
 * @param managedOldCompounds old compounds brought under one of the four managed modes (report:
 *     280)
 * @param renovatedOldCompounds old compounds renovated (report: 73)
 * @param selfGoverningOrganisations self-governing organisations (report: 45)
 * @param volunteerTeams themed volunteer teams of communities, besides each grid's own volunteer
 *     service team (report: 130)
 * @param localMenuItems the X of the "10+X" service menu (assumed: 5)
 * @param from the first day of the year the population describes (assumed: 2023-01-01)
 */
public record Figures(
    int districtUnits,
    int pairedCommunities,
    int weakGridFirstSecretaries,
    int postHolders,
    int gridStations,
    int warmStations,
    int delegatedMatters,
    int callGroups,
    int registeredPartyMembers,
    int oldCompounds,
    int managedOldCompounds,
    int renovatedOldCompounds,
    int selfGoverningOrganisations,
    int volunteerTeams,
    int localMenuItems,
    LocalDate from) {

  /** The figures of the source report, with the assumptions stated on this record. */
  public static final Figures REPORT =
      new Figures(
          68,
          94,
          53,
          3_500,
          137,
          15,
          169,
          983,
          17_000,
          400,
          280,
          73,
          45,
          130,
          5,
          LocalDate.of(2023, 1, 1));

  /**
   * Checks that no figure is negative, that there is a grid, and that the compound figures nest:
   * renovated ≤ managed ≤ old.
   */
  public Figures {
    nonNegative(districtUnits, "district units");
    nonNegative(pairedCommunities, "paired communities");
    nonNegative(weakGridFirstSecretaries, "first secretaries of weak grids");
    nonNegative(postHolders, "post holders");
    nonNegative(gridStations, "grid stations");
    nonNegative(warmStations, "warm stations");
    nonNegative(delegatedMatters, "delegated matters");
    nonNegative(registeredPartyMembers, "registered Party members");
    nonNegative(oldCompounds, "old compounds");
    nonNegative(managedOldCompounds, "managed old compounds");
    nonNegative(renovatedOldCompounds, "renovated old compounds");
    nonNegative(selfGoverningOrganisations, "self-governing organisations");
    nonNegative(volunteerTeams, "volunteer teams");
    nonNegative(localMenuItems, "local menu items");
    if (callGroups < 1) {
      throw new IllegalArgumentException(
          "a district has one call group, so one grid, or more; got " + callGroups);
    }
    if (managedOldCompounds > oldCompounds) {
      throw new IllegalArgumentException(
          "the managed old compounds ("
              + managedOldCompounds
              + ") are some of the old compounds ("
              + oldCompounds
              + ")");
    }
    if (renovatedOldCompounds > managedOldCompounds) {
      throw new IllegalArgumentException(
          "the renovated old compounds ("
              + renovatedOldCompounds
              + ") are some of the managed ones ("
              + managedOldCompounds
              + ")");
    }
    Objects.requireNonNull(from, "the figures need the first day of their year");
  }

  /**
   * The number of grids: one red-grid call group per grid.
   *
   * @return {@link #callGroups()}
   */
  public int grids() {
    return callGroups;
  }

  /**
   * These figures fitted to a territory of another size. Each count is multiplied by the
   * territory's communities over this record's paired communities (so the report's figures are kept
   * as they are for a district of 94 communities), rounded, and kept at one or more where it was
   * positive; the matter catalogue and the menu are district-wide and kept as they are. A territory
   * with no communities, only villages, is scaled by its village-level units instead.
   *
   * @param territory a territory of streets and communities
   * @return fitted figures; this record itself when the factor is one
   */
  public Figures scaledTo(Territory territory) {
    long communities =
        territory.communities().stream().filter(c -> c.kind() == CommunityKind.COMMUNITY).count();
    if (communities == 0) {
      communities = territory.communities().size();
    }
    if (communities == pairedCommunities || pairedCommunities == 0) {
      return this;
    }
    double f = (double) communities / pairedCommunities;
    int paired = (int) communities;
    int units = Math.min(scale(districtUnits, f), paired);
    int old = scale(oldCompounds, f);
    int managed = Math.min(scale(managedOldCompounds, f), old);
    int renovated = Math.min(scale(renovatedOldCompounds, f), managed);
    return new Figures(
        units,
        paired,
        scale(weakGridFirstSecretaries, f),
        scale(postHolders, f),
        scale(gridStations, f),
        scale(warmStations, f),
        delegatedMatters,
        Math.max(1, scale(callGroups, f)),
        scale(registeredPartyMembers, f),
        old,
        managed,
        renovated,
        scale(selfGoverningOrganisations, f),
        scale(volunteerTeams, f),
        localMenuItems,
        from);
  }

  private static int scale(int value, double factor) {
    return value == 0 ? 0 : Math.max(1, (int) Math.round(value * factor));
  }

  private static void nonNegative(int value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(
          "the number of " + what + " is zero or more, got " + value);
    }
  }
}
