package org.gridgov.examples.cli;

import java.nio.file.Path;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.PopulatedDistrict;
import picocli.CommandLine.Option;

/**
 * The options that name the district a command works in, {@code --district} and {@code --seed},
 * shared by the commands as a picocli mixin so that each reads, checks and populates it the same
 * way.
 */
final class DistrictOptions {

  @Option(
      names = "--district",
      paramLabel = "FILE",
      description = "a district hierarchy file (default: Jin'an)")
  private Path district;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "2024",
      description = "the seed the district is populated with (default: ${DEFAULT-VALUE})")
  private long seed;

  /** Refuses a {@code --district} that is not a readable file, before any work starts. */
  void check() {
    if (district != null) {
      Arguments.inputFile(district, "--district");
    }
  }

  /**
   * The seed the district is populated with.
   *
   * @return the seed
   */
  long seed() {
    return seed;
  }

  /**
   * Reads the district's hierarchy: the file given, or Jin'an.
   *
   * @return the hierarchy
   */
  HierarchyJson.Hierarchy hierarchy() {
    return district == null ? new HierarchyJson().readJinan() : new HierarchyJson().read(district);
  }

  /**
   * Reads the district and populates it to the report's figures with the seed.
   *
   * @return the populated district
   */
  PopulatedDistrict populate() {
    return DistrictPopulation.toReportFigures(hierarchy().territory(), seed);
  }
}
