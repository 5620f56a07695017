package org.gridgov.examples.district;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.gridgov.core.post.PostTypeCatalogue;
import org.gridgov.core.territory.Territory;

/**
 * Populates a district read from a hierarchy file: everything a district holds before its first
 * work order, built to a set of {@link Figures}.
 *
 * <pre>{@code
 * Territory jinan = new HierarchyJson().readJinan().territory();
 * PopulatedDistrict district = DistrictPopulation.of(Figures.REPORT).populate(jinan, 42L);
 * }</pre>
 *
 * <p><b>The grid rule.</b> The grids ({@link Figures#grids()}, one per red-grid call group) are
 * shared out over the communities and villages in proportion to a weight: 8 for a community, 2 for
 * a village, 1 for any other village-level unit (a farm living area), each multiplied by a factor
 * drawn from [0.7, 1.3); the shares are rounded by largest remainder, so the total is exact, and
 * every unit has between 1 and 999 grids. A community with six grids or more may have one or two
 * dedicated grids (school, hospital, market, industrial park, business district or institution),
 * numbered after its basic grids. A basic grid holds one to three compounds in a community, one or
 * two villager groups in a village; a grid's households are those of its buildings, and a dedicated
 * grid has none.
 *
 * <p><b>What else is built, exactly to the figures.</b> Old compounds are drawn among the community
 * compounds; the first of them in the drawn order are brought under one of the four managed modes
 * and the first of those renovated; other community compounds are professionally managed with a
 * company's name; villager groups have no property management. The district units are department
 * names of a district government; the paired communities are cut into runs of neighbours, one run
 * per unit, so that units are paired 1:1 or 1:n and together cover exactly the paired communities.
 * Each village-level unit has a Party committee and a joint Party committee (paired units, the
 * resident units of its dedicated grids and the property companies of its compounds); each grid a
 * Party branch, a volunteer service team, a grid worker, seven service posts and possibly a lane
 * chief; each building of an old compound, and the first building of any other, a building chief.
 * Every Party member in the snapshot is registered into a grid, and they number exactly {@link
 * Figures#registeredPartyMembers()}: the units' leaders (each first secretary of the communities
 * its unit is paired with), the first secretaries of weak grids, the 40 % of post holders who are
 * members, and in-service, retired, floating, student and probationary members. The other post
 * holders are capable residents. Post holders take the post types in turn and claim the post of
 * their type in their home grid, drawn in proportion to households.
 *
 * <p><b>Determinism.</b> Everything is drawn from the one generator in a fixed order, so the same
 * seed gives an equal {@code DistrictSnapshot}. Instances are immutable and thread-safe; a
 * generator handed in is used by the calling thread only.
 */
public final class DistrictPopulation {

  /**
   * The most village-level units a district may have to be populated: 5,000, about 24 times
   * Jin'an's 212. The population grows with the district, so a larger one is refused before
   * anything is built rather than left to run out of memory.
   */
  public static final int MAX_UNITS = 5_000;

  private final Figures figures;
  private final PostTypeCatalogue postTypes;

  private DistrictPopulation(Figures figures, PostTypeCatalogue postTypes) {
    this.figures = Objects.requireNonNull(figures, "a population is built to figures");
    this.postTypes = Objects.requireNonNull(postTypes, "a population needs post types");
  }

  /**
   * Populates a territory to the source report's figures, scaled to its size.
   *
   * @param territory the territory, without grids
   * @param seed the seed
   * @return the populated district
   */
  public static PopulatedDistrict toReportFigures(Territory territory, long seed) {
    return of(Figures.REPORT.scaledTo(territory)).populate(territory, seed);
  }

  /**
   * A population built to some figures, with the seven default post types.
   *
   * @param figures the figures; {@link Figures#REPORT} for the report's district, or {@link
   *     Figures#scaledTo(Territory)} for a district of another size
   * @return the population
   */
  public static DistrictPopulation of(Figures figures) {
    return new DistrictPopulation(figures, PostTypeCatalogue.defaults());
  }

  /**
   * This population with other post types, for a district that chose its own four.
   *
   * @param catalogue the post types
   * @return a new population
   */
  public DistrictPopulation withPostTypes(PostTypeCatalogue catalogue) {
    return new DistrictPopulation(figures, catalogue);
  }

  /**
   * The figures this population is built to.
   *
   * @return the figures
   */
  public Figures figures() {
    return figures;
  }

  /**
   * Populates a territory with a seed.
   *
   * @param territory streets and communities, with no grids yet
   * @param seed the seed; the same seed gives an equal district
   * @return the populated district
   * @throws IllegalArgumentException if the territory cannot hold the figures, saying why
   */
  public PopulatedDistrict populate(Territory territory, long seed) {
    return populate(territory, new SplittableRandom(seed));
  }

  /**
   * Populates a territory with a generator.
   *
   * @param territory streets and communities, with no grids yet
   * @param random the generator everything is drawn from; the same state gives an equal district
   * @return the populated district
   * @throws IllegalArgumentException if the territory has no community or village, more than {@link
   *     #MAX_UNITS}, or cannot hold the figures, saying why
   */
  public PopulatedDistrict populate(Territory territory, RandomGenerator random) {
    Objects.requireNonNull(territory, "a population needs a territory");
    Objects.requireNonNull(random, "a population needs a random generator");
    int units = territory.communities().size();
    if (units == 0) {
      throw new IllegalArgumentException(
          "district "
              + territory.district().code()
              + " has no communities or villages: a population needs at least one");
    }
    if (units > MAX_UNITS) {
      throw new IllegalArgumentException(
          "district "
              + territory.district().code()
              + " has "
              + units
              + " communities and villages; a population holds at most "
              + MAX_UNITS
              + ", about 24 times Jin'an");
    }
    return new Populator(territory, figures, postTypes, random).run();
  }
}
