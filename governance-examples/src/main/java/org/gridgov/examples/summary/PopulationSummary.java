package org.gridgov.examples.summary;

import java.util.EnumMap;
import java.util.Map;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.organisation.UnitKind;
import org.gridgov.core.people.AssignmentRole;
import org.gridgov.core.people.Role;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.examples.district.Station;

/**
 * What a populated district holds, counted from its snapshot, one line per part of the practice.
 */
public final class PopulationSummary {

  private PopulationSummary() {}

  /**
   * Counts a populated district.
   *
   * @param district the district
   * @param seed the seed it was populated with, for the heading
   * @return lines of text, ending with a line break
   */
  public static String render(PopulatedDistrict district, long seed) {
    DistrictSnapshot s = district.snapshot();
    String nl = System.lineSeparator();
    long dedicated =
        s.territory().grids().stream().map(Grid::type).filter(t -> t.dedicated()).count();
    Map<PropertyMode, Integer> modes = new EnumMap<>(PropertyMode.class);
    long old = 0;
    long renovated = 0;
    for (Compound c : s.territory().compounds()) {
      modes.merge(c.propertyMode(), 1, Integer::sum);
      if (c.oldCompound()) {
        old++;
        if (!c.renovations().isEmpty()) {
          renovated++;
        }
      }
    }
    long partyMembers = s.people().persons().stream().filter(p -> p.has(Role.PARTY_MEMBER)).count();
    long registered =
        s.people().persons().stream().filter(p -> p.registration().isPresent()).count();
    long gridWorkers =
        s.people().assignments().stream()
            .filter(a -> a.role() == AssignmentRole.GRID_WORKER)
            .count();
    long weakGridSecretaries =
        s.people().firstSecretaries().stream().filter(f -> f.gridBranch().isPresent()).count();
    long pairedCommunities =
        s.organisation().pairings().stream()
            .flatMap(p -> p.communities().stream())
            .distinct()
            .count();
    long delegated = s.lists().matters().stream().filter(m -> m.delegatedToCommunities()).count();
    long warm =
        district.stations().stream().filter(st -> st.kind() == Station.Kind.WARM_STATION).count();
    StringBuilder sb = new StringBuilder();
    sb.append("populated to the report's figures (seed ").append(seed).append(')').append(nl);
    line(sb, "grids", s.territory().grids().size() + " (" + dedicated + " dedicated)");
    line(
        sb,
        "compounds",
        s.territory().compounds().size()
            + " ("
            + old
            + " old, "
            + renovated
            + " renovated; property modes "
            + modes
            + ")");
    line(sb, "buildings", String.valueOf(s.territory().buildings().size()));
    long departments =
        s.organisation().units().stream()
            .filter(u -> u.kind() == UnitKind.DISTRICT_DEPARTMENT)
            .count();
    line(
        sb,
        "district units",
        departments
            + " departments paired with "
            + pairedCommunities
            + " communities, "
            + (s.organisation().units().size() - departments)
            + " other units");
    line(sb, "Party organisations", String.valueOf(s.organisation().partyOrganisations().size()));
    line(
        sb,
        "people",
        s.people().persons().size()
            + " ("
            + partyMembers
            + " Party members, "
            + registered
            + " registered in grids)");
    line(sb, "grid workers", String.valueOf(gridWorkers));
    line(sb, "first secretaries of weak grids", String.valueOf(weakGridSecretaries));
    line(
        sb,
        "post claims",
        s.posts().claims().size() + " on " + s.posts().types().size() + " post types");
    line(
        sb,
        "stations",
        (district.stations().size() - warm) + " grid stations, " + warm + " warm stations");
    line(sb, "delegated matters", String.valueOf(delegated));
    line(
        sb,
        "self-governing organisations",
        String.valueOf(s.organisation().selfGoverning().size()));
    line(sb, "volunteer teams", String.valueOf(s.people().volunteerTeams().size()));
    return sb.toString();
  }

  private static void line(StringBuilder sb, String what, String value) {
    sb.append(String.format("  %-32s %s%n", what, value));
  }
}
