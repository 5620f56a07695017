package org.gridgov.examples.district;

import java.util.Objects;
import org.gridgov.core.common.Checks;
import org.gridgov.core.territory.GridCode;

/**
 * A service station in a grid, where residents and workers are served and delegated matters are
 * taken in. The core model has no stations, so the population keeps them beside the snapshot.
 *
 * @param id the station's id
 * @param name its name, such as {@code 站前社区第1网格连心驿站}
 * @param kind a grid station or a warm station
 * @param grid the grid it stands in
 */
public record Station(String id, String name, Kind kind, GridCode grid) {

  /** The two kinds of station the report counts. */
  public enum Kind {
    /** 网格连心驿站: a grid's station for its residents. */
    GRID_STATION,
    /** 暖心驿站: a warm station for delivery riders and other new-employment workers. */
    WARM_STATION
  }

  /** Checks the fields. */
  public Station {
    Checks.identifier(id, "a station id");
    Checks.text(name, "a station's name");
    Objects.requireNonNull(kind, "station " + id + " has a kind");
    Objects.requireNonNull(grid, "station " + id + " stands in a grid");
  }
}
