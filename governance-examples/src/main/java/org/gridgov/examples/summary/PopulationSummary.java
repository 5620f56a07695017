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
import org.gridgov.examples.text.Texts;

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
    return render(district, seed, Texts.in(java.util.Locale.ENGLISH));
  }

  /**
   * Counts a populated district, in a language.
   *
   * @param district the district
   * @param seed the seed it was populated with, for the heading
   * @param texts the reader's language
   * @return lines of text, ending with a line break
   */
  public static String render(PopulatedDistrict district, long seed, Texts texts) {
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
    sb.append(texts.get("population.heading", Long.toString(seed))).append(nl);
    line(sb, texts, "grids", s.territory().grids().size(), dedicated);
    line(
        sb,
        texts,
        "compounds",
        s.territory().compounds().size(),
        old,
        renovated,
        texts.chinese() ? modeNames(modes, texts) : modes.toString());
    line(sb, texts, "buildings", s.territory().buildings().size());
    long departments =
        s.organisation().units().stream()
            .filter(u -> u.kind() == UnitKind.DISTRICT_DEPARTMENT)
            .count();
    line(
        sb,
        texts,
        "units",
        departments,
        pairedCommunities,
        s.organisation().units().size() - departments);
    line(sb, texts, "partyOrganisations", s.organisation().partyOrganisations().size());
    line(sb, texts, "people", s.people().persons().size(), partyMembers, registered);
    line(sb, texts, "gridWorkers", gridWorkers);
    line(sb, texts, "firstSecretaries", weakGridSecretaries);
    line(sb, texts, "claims", s.posts().claims().size(), s.posts().types().size());
    line(sb, texts, "stations", district.stations().size() - warm, warm);
    line(sb, texts, "delegated", delegated);
    line(sb, texts, "selfGoverning", s.organisation().selfGoverning().size());
    line(sb, texts, "volunteerTeams", s.people().volunteerTeams().size());
    return sb.toString();
  }

  /** The property modes with their counts, by their Chinese names. */
  private static String modeNames(Map<PropertyMode, Integer> modes, Texts texts) {
    StringBuilder sb = new StringBuilder();
    modes.forEach(
        (mode, n) ->
            sb.append(sb.length() == 0 ? "" : "，").append(texts.name(mode)).append(' ').append(n));
    return sb.toString();
  }

  /** A line: the label of a key and its value, filled with the arguments. */
  private static void line(StringBuilder sb, Texts texts, String key, Object... arguments) {
    sb.append("  ")
        .append(DistrictSummary.pad(texts.get("population." + key), 32))
        .append(' ')
        .append(texts.get("population." + key + ".value", arguments))
        .append(System.lineSeparator());
  }
}
