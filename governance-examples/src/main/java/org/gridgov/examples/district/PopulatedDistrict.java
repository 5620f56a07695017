package org.gridgov.examples.district;

import java.util.List;
import java.util.Objects;
import org.gridgov.core.district.DistrictSnapshot;

/**
 * A populated district: its snapshot, its stations, and the figures it was built to.
 *
 * @param snapshot the district with its territory, organisations, people, posts and matters; no
 *     orders or meetings yet
 * @param stations its grid stations and warm stations
 * @param figures the figures the snapshot holds exactly
 */
public record PopulatedDistrict(
    DistrictSnapshot snapshot, List<Station> stations, Figures figures) {

  /** Checks the fields and copies the stations. */
  public PopulatedDistrict {
    Objects.requireNonNull(snapshot, "a populated district has a snapshot");
    stations = List.copyOf(stations);
    Objects.requireNonNull(figures, "a populated district names its figures");
  }
}
