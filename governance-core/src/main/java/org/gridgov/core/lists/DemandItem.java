package org.gridgov.core.lists;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.GridCode;

/**
 * An item of the resident demand list (群众需求清单).
 *
 * <p>A demand is raised in one grid. It may also affect other places, given as {@code spans}: the
 * routing rules send an issue spanning grids to the community, and one spanning communities above
 * it. The demand's own grid is always affected and need not be listed.
 *
 * @param id its identifier
 * @param category its category
 * @param matterKind the kind of matter it is, which decides who is responsible
 * @param urgency how urgent it is
 * @param channel how it reached the list
 * @param grid the grid it was raised in
 * @param compound the compound concerned, if any
 * @param raisedBy the person who raised it
 * @param raisedAt when it was raised
 * @param summary what is needed, in the resident's words
 * @param spans other grids or communities it affects, possibly none
 */
public record DemandItem(
    DemandId id,
    Category category,
    MatterKind matterKind,
    Urgency urgency,
    Channel channel,
    GridCode grid,
    Optional<CompoundId> compound,
    PersonId raisedBy,
    Instant raisedAt,
    String summary,
    Set<Area> spans) {

  /** Checks the fields and copies the spans. */
  public DemandItem {
    Objects.requireNonNull(id, "a demand needs an id");
    Objects.requireNonNull(category, "demand " + id + " needs a category");
    Objects.requireNonNull(matterKind, "demand " + id + " needs a matter kind");
    Objects.requireNonNull(urgency, "demand " + id + " needs an urgency");
    Objects.requireNonNull(channel, "demand " + id + " needs a channel");
    Objects.requireNonNull(grid, "demand " + id + " is raised in a grid");
    Objects.requireNonNull(compound, "compound is Optional.empty() when absent");
    Objects.requireNonNull(raisedBy, "demand " + id + " is raised by a person");
    Objects.requireNonNull(raisedAt, "demand " + id + " has the time it was raised");
    Checks.text(summary, Checks.term("demand.summary", id));
    spans = Set.copyOf(spans);
  }

  /**
   * A demand that affects its own grid only.
   *
   * @param id its identifier
   * @param category its category
   * @param matterKind its matter kind
   * @param urgency its urgency
   * @param channel its channel
   * @param grid its grid
   * @param raisedBy who raised it
   * @param raisedAt when
   * @param summary what is needed
   * @return the demand
   */
  public static DemandItem of(
      DemandId id,
      Category category,
      MatterKind matterKind,
      Urgency urgency,
      Channel channel,
      GridCode grid,
      PersonId raisedBy,
      Instant raisedAt,
      String summary) {
    return new DemandItem(
        id,
        category,
        matterKind,
        urgency,
        channel,
        grid,
        Optional.empty(),
        raisedBy,
        raisedAt,
        summary,
        Set.of());
  }

  /**
   * This demand affecting more places.
   *
   * @param areas the other grids or communities it affects
   * @return a new demand
   */
  public DemandItem spanning(Area... areas) {
    Set<Area> all = new HashSet<>(spans);
    all.addAll(Set.of(areas));
    return new DemandItem(
        id,
        category,
        matterKind,
        urgency,
        channel,
        grid,
        compound,
        raisedBy,
        raisedAt,
        summary,
        all);
  }

  /**
   * The community of the demand's grid.
   *
   * @return the community's code
   */
  public CommunityCode community() {
    return grid.community();
  }

  /**
   * Whether the demand affects more than its own grid: another grid, or a whole community.
   *
   * @return true if some span is not the demand's own grid
   */
  public boolean spansGrids() {
    Area own = Area.of(grid);
    return spans.stream().anyMatch(a -> !own.equals(a));
  }

  /**
   * Whether the demand affects another community than its own.
   *
   * @return true if some span lies outside the community of the demand's grid
   */
  public boolean spansCommunities() {
    return spans.stream().anyMatch(a -> !a.community().equals(community()));
  }

  /**
   * The communities the demand affects, its own first.
   *
   * @return the communities, without repetition
   */
  public Set<CommunityCode> communities() {
    Set<CommunityCode> all = new LinkedHashSet<>();
    all.add(community());
    spans.forEach(a -> all.add(a.community()));
    return Collections.unmodifiableSet(all);
  }

  /**
   * The components, with any phone or ID number in the summary masked.
   *
   * @return such as the default record text, masked by {@link PersonalDataMask#describe(Record)}
   */
  @Override
  public String toString() {
    return PersonalDataMask.describe(this);
  }
}
