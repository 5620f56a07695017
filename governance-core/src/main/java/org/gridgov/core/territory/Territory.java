package org.gridgov.core.territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.ValueRefusedException;

/**
 * One district's territory: its streets, communities, grids, compounds and buildings, with lookup
 * by code in constant time, navigation to parents and children, and containment checks.
 *
 * <p>A territory is immutable and safe to share between threads. It is made by a {@link Builder},
 * which refuses units whose parent is missing or whose code appears twice, so every unit in a
 * territory has its parent in it. Lists keep the order in which units were added.
 */
public final class Territory {

  private final District district;
  private final Map<StreetCode, Street> streets;
  private final Map<CommunityCode, Community> communities;
  private final Map<GridCode, Grid> grids;
  private final Map<CompoundId, Compound> compounds;
  private final Map<BuildingId, Building> buildings;
  private final Map<StreetCode, List<Community>> communitiesByStreet;
  private final Map<CommunityCode, List<Grid>> gridsByCommunity;
  private final Map<GridCode, List<Compound>> compoundsByGrid;
  private final Map<CompoundId, List<Building>> buildingsByCompound;

  private Territory(Builder b) {
    this.district = b.district;
    this.streets = Collections.unmodifiableMap(new LinkedHashMap<>(b.streets));
    this.communities = Collections.unmodifiableMap(new LinkedHashMap<>(b.communities));
    this.grids = Collections.unmodifiableMap(new LinkedHashMap<>(b.grids));
    this.compounds = Collections.unmodifiableMap(new LinkedHashMap<>(b.compounds));
    this.buildings = Collections.unmodifiableMap(new LinkedHashMap<>(b.buildings));
    this.communitiesByStreet = group(communities.values(), c -> c.code().street());
    this.gridsByCommunity = group(grids.values(), Grid::community);
    this.compoundsByGrid = group(compounds.values(), Compound::grid);
    this.buildingsByCompound = group(buildings.values(), Building::compound);
  }

  private static <K, V> Map<K, List<V>> group(Collection<V> values, Function<V, K> key) {
    Map<K, List<V>> groups = new LinkedHashMap<>();
    for (V v : values) {
      groups.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(v);
    }
    groups.replaceAll((k, list) -> List.copyOf(list));
    return Collections.unmodifiableMap(groups);
  }

  /**
   * Starts a territory for a district.
   *
   * @param district the district at its top
   * @return an empty builder
   */
  public static Builder builder(District district) {
    return new Builder(district);
  }

  /**
   * A builder holding every unit of this territory, to add more.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(district);
    streets.values().forEach(b::add);
    communities.values().forEach(b::add);
    grids.values().forEach(b::add);
    compounds.values().forEach(b::add);
    buildings.values().forEach(b::add);
    return b;
  }

  /**
   * The district at the top.
   *
   * @return the district
   */
  public District district() {
    return district;
  }

  /**
   * Every street, town and township.
   *
   * @return in the order added
   */
  public Collection<Street> streets() {
    return streets.values();
  }

  /**
   * Every community, village and other village-level unit.
   *
   * @return in the order added
   */
  public Collection<Community> communities() {
    return communities.values();
  }

  /**
   * Every grid.
   *
   * @return in the order added
   */
  public Collection<Grid> grids() {
    return grids.values();
  }

  /**
   * Every compound.
   *
   * @return in the order added
   */
  public Collection<Compound> compounds() {
    return compounds.values();
  }

  /**
   * Every building.
   *
   * @return in the order added
   */
  public Collection<Building> buildings() {
    return buildings.values();
  }

  /**
   * Looks up a street.
   *
   * @param code its code
   * @return the street, or empty if this territory has none with that code
   */
  public Optional<Street> street(StreetCode code) {
    return Optional.ofNullable(streets.get(code));
  }

  /**
   * Looks up a community.
   *
   * @param code its code
   * @return the community, or empty if this territory has none with that code
   */
  public Optional<Community> community(CommunityCode code) {
    return Optional.ofNullable(communities.get(code));
  }

  /**
   * Looks up a grid.
   *
   * @param code its code
   * @return the grid, or empty if this territory has none with that code
   */
  public Optional<Grid> grid(GridCode code) {
    return Optional.ofNullable(grids.get(code));
  }

  /**
   * Looks up a compound.
   *
   * @param id its id
   * @return the compound, or empty if this territory has none with that id
   */
  public Optional<Compound> compound(CompoundId id) {
    return Optional.ofNullable(compounds.get(id));
  }

  /**
   * Looks up a building.
   *
   * @param id its id
   * @return the building, or empty if this territory has none with that id
   */
  public Optional<Building> building(BuildingId id) {
    return Optional.ofNullable(buildings.get(id));
  }

  /**
   * The communities of a street.
   *
   * @param street the street's code
   * @return in the order added; empty for an unknown street
   */
  public List<Community> communitiesOf(StreetCode street) {
    return communitiesByStreet.getOrDefault(street, List.of());
  }

  /**
   * The grids of a community.
   *
   * @param community the community's code
   * @return in the order added; empty for an unknown community
   */
  public List<Grid> gridsOf(CommunityCode community) {
    return gridsByCommunity.getOrDefault(community, List.of());
  }

  /**
   * The grids of a street, community by community.
   *
   * @param street the street's code
   * @return in the order added; empty for an unknown street
   */
  public List<Grid> gridsOf(StreetCode street) {
    List<Grid> all = new ArrayList<>();
    for (Community c : communitiesOf(street)) {
      all.addAll(gridsOf(c.code()));
    }
    return List.copyOf(all);
  }

  /**
   * The compounds of a grid.
   *
   * @param grid the grid's code
   * @return in the order added; empty for an unknown grid
   */
  public List<Compound> compoundsOf(GridCode grid) {
    return compoundsByGrid.getOrDefault(grid, List.of());
  }

  /**
   * The buildings of a compound.
   *
   * @param compound the compound's id
   * @return in the order added; empty for an unknown compound
   */
  public List<Building> buildingsOf(CompoundId compound) {
    return buildingsByCompound.getOrDefault(compound, List.of());
  }

  /**
   * The grid a building stands in.
   *
   * @param building the building's id
   * @return the grid's code, or empty for an unknown building
   */
  public Optional<GridCode> gridOf(BuildingId building) {
    return building(building).flatMap(b -> compound(b.compound())).map(Compound::grid);
  }

  /**
   * Whether a grid lies in a street.
   *
   * @param street the street's code
   * @param grid the grid's code
   * @return true if both are in this territory and the grid is in the street
   */
  public boolean contains(StreetCode street, GridCode grid) {
    return grids.containsKey(grid) && streets.containsKey(street) && grid.street().equals(street);
  }

  /**
   * Whether a grid lies in a community.
   *
   * @param community the community's code
   * @param grid the grid's code
   * @return true if both are in this territory and the grid is in the community
   */
  public boolean contains(CommunityCode community, GridCode grid) {
    return grids.containsKey(grid)
        && communities.containsKey(community)
        && grid.community().equals(community);
  }

  /**
   * Whether a community lies in a street.
   *
   * @param street the street's code
   * @param community the community's code
   * @return true if both are in this territory and the community is in the street
   */
  public boolean contains(StreetCode street, CommunityCode community) {
    return communities.containsKey(community)
        && streets.containsKey(street)
        && community.street().equals(street);
  }

  /**
   * Whether a compound lies in a community.
   *
   * @param community the community's code
   * @param compound the compound's id
   * @return true if both are in this territory and the compound's grid is in the community
   */
  public boolean contains(CommunityCode community, CompoundId compound) {
    Compound c = compounds.get(compound);
    return c != null && contains(community, c.grid());
  }

  /**
   * Two territories are equal when they hold the same district and the same units; the order in
   * which units were added does not matter.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Territory t
        && district.equals(t.district)
        && streets.equals(t.streets)
        && communities.equals(t.communities)
        && grids.equals(t.grids)
        && compounds.equals(t.compounds)
        && buildings.equals(t.buildings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(district, streets, communities, grids, compounds, buildings);
  }

  @Override
  public String toString() {
    return "Territory["
        + district.code()
        + ' '
        + district.name()
        + ": "
        + streets.size()
        + " streets, "
        + communities.size()
        + " communities, "
        + grids.size()
        + " grids, "
        + compounds.size()
        + " compounds, "
        + buildings.size()
        + " buildings]";
  }

  /**
   * Collects the units of a territory. Each {@code add} checks the unit at once against what was
   * added before it: a duplicate code or a missing parent is refused with an {@link
   * IllegalArgumentException} and the builder stays as it was. Parents are therefore added before
   * their children. A builder is not thread-safe.
   */
  public static final class Builder {
    private final District district;
    private final Map<StreetCode, Street> streets = new LinkedHashMap<>();
    private final Map<CommunityCode, Community> communities = new LinkedHashMap<>();
    private final Map<GridCode, Grid> grids = new LinkedHashMap<>();
    private final Map<CompoundId, Compound> compounds = new LinkedHashMap<>();
    private final Map<BuildingId, Building> buildings = new LinkedHashMap<>();

    private Builder(District district) {
      this.district = Objects.requireNonNull(district, "a territory needs a district");
    }

    /**
     * Adds a street of the district.
     *
     * @param street the street
     * @return this builder
     * @throws IllegalArgumentException if the street is in another district or already added
     */
    public Builder add(Street street) {
      if (!street.code().district().equals(district.code())) {
        throw ValueRefusedException.of(
            "refused.Territory.streetNotDistrict", street.code(), district.code());
      }
      return put(streets, street.code(), street, Checks.term("unit.street", street.code()));
    }

    /**
     * Adds a community of a street added before.
     *
     * @param community the community
     * @return this builder
     * @throws IllegalArgumentException if its street is missing or it was already added
     */
    public Builder add(Community community) {
      requireParent(
          streets, community.code().street(), Checks.term("unit.community", community.code()));
      return put(
          communities,
          community.code(),
          community,
          Checks.term("unit.community", community.code()));
    }

    /**
     * Adds a grid of a community added before.
     *
     * @param grid the grid
     * @return this builder
     * @throws IllegalArgumentException if its community is missing or it was already added
     */
    public Builder add(Grid grid) {
      requireParent(communities, grid.community(), Checks.term("unit.grid", grid.code()));
      return put(grids, grid.code(), grid, Checks.term("unit.grid", grid.code()));
    }

    /**
     * Adds a compound of a grid added before.
     *
     * @param compound the compound
     * @return this builder
     * @throws IllegalArgumentException if its grid is missing or it was already added
     */
    public Builder add(Compound compound) {
      requireParent(grids, compound.grid(), Checks.term("unit.compound", compound.id()));
      return put(compounds, compound.id(), compound, Checks.term("unit.compound", compound.id()));
    }

    /**
     * Replaces a compound added before, for instance after its property mode changed.
     *
     * @param compound the compound, with the id of one added before and the same grid
     * @return this builder
     * @throws IllegalArgumentException if no compound with that id was added, or it moved grid
     */
    public Builder replace(Compound compound) {
      Compound old = compounds.get(compound.id());
      if (old == null) {
        throw ValueRefusedException.of("refused.Territory.compoundNotTerritory", compound.id());
      }
      if (!old.grid().equals(compound.grid())) {
        throw ValueRefusedException.of(
            "refused.Territory.compoundStaysGrid", compound.id(), old.grid(), compound.grid());
      }
      compounds.put(compound.id(), compound);
      return this;
    }

    /**
     * Adds a building of a compound added before.
     *
     * @param building the building
     * @return this builder
     * @throws IllegalArgumentException if its compound is missing or it was already added
     */
    public Builder add(Building building) {
      requireParent(compounds, building.compound(), Checks.term("unit.building", building.id()));
      return put(buildings, building.id(), building, Checks.term("unit.building", building.id()));
    }

    /**
     * Makes the territory.
     *
     * @return an immutable territory holding every unit added
     */
    public Territory build() {
      return new Territory(this);
    }

    private static void requireParent(Map<?, ?> parents, Object parent, Message child) {
      if (!parents.containsKey(parent)) {
        throw ValueRefusedException.of("refused.Territory.parentMissing", child, parent);
      }
    }

    private <K, V> Builder put(Map<K, V> map, K key, V value, Message what) {
      if (map.containsKey(key)) {
        throw ValueRefusedException.of("refused.Territory.addedTwice", what);
      }
      map.put(key, value);
      return this;
    }
  }
}
