package org.gridgov.examples.district;

import java.util.HashMap;
import java.util.Map;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.lists.Category;
import org.gridgov.core.organisation.DistrictUnit;
import org.gridgov.core.organisation.UnitId;

/**
 * Which district department is competent for each category of power matters, by the departments'
 * usual names in a Chinese district government. A category whose department the district does not
 * have is left out, and routing sends its power matters to the street.
 */
public final class CompetentUnits {

  private static final Map<String, String> DEPARTMENT_BY_CATEGORY =
      Map.ofEntries(
          Map.entry("COMPONENT_PUBLIC_FACILITIES", "区城市管理局"),
          Map.entry("COMPONENT_ROADS_AND_TRAFFIC", "区交通运输局"),
          Map.entry("COMPONENT_CITY_APPEARANCE", "区城市管理局"),
          Map.entry("COMPONENT_LANDSCAPING", "区城市管理局"),
          Map.entry("COMPONENT_HOUSING_AND_LAND", "区住房和建设局"),
          Map.entry("EVENT_ADVERTISING", "区城市管理局"),
          Map.entry("EVENT_CONSTRUCTION", "区住房和建设局"),
          Map.entry("EVENT_STREET_ORDER", "区城市管理局"),
          Map.entry("EVENT_EMERGENCY", "区应急管理局"),
          Map.entry("EVENT_FIRE_HAZARD", "区应急管理局"),
          Map.entry("SERVICE_SOCIAL_SECURITY", "区人力资源和社会保障局"));

  private CompetentUnits() {}

  /**
   * The competent unit of each category whose department the district has.
   *
   * @param snapshot the district
   * @return by category
   */
  public static Map<Category, UnitId> of(DistrictSnapshot snapshot) {
    Map<String, UnitId> byName = new HashMap<>();
    for (DistrictUnit u : snapshot.organisation().units()) {
      byName.putIfAbsent(u.name(), u.id());
    }
    Map<Category, UnitId> units = new HashMap<>();
    DEPARTMENT_BY_CATEGORY.forEach(
        (category, department) -> {
          UnitId unit = byName.get(department);
          if (unit != null) {
            units.put(Category.of(category), unit);
          }
        });
    return Map.copyOf(units);
  }
}
