package org.gridgov.core.lists;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.organisation.UnitId;

/**
 * A matter of the matter catalogue: something residents ask for or the law requires, of a kind that
 * decides who is responsible, and possibly delegated to communities (下放事项).
 *
 * <p>A power matter names its competent unit, which exercises it under the law; an autonomy matter
 * names none, since the residents' committee settles it; an assistance matter may name the unit the
 * community assists.
 *
 * @param id its identifier
 * @param name its name, such as 居住证明开具
 * @param kind power, autonomy or assistance matter
 * @param delegatedToCommunities whether communities and their stations take it (下放到社区)
 * @param competentUnit the competent unit, present for a power matter and absent for an autonomy
 *     matter
 */
public record Matter(
    MatterId id,
    String name,
    MatterKind kind,
    boolean delegatedToCommunities,
    Optional<UnitId> competentUnit) {

  /** Checks the fields and that the kind and the competent unit fit. */
  public Matter {
    Objects.requireNonNull(id, "a matter needs an id");
    Checks.text(name, Checks.term("matter.name", id));
    Objects.requireNonNull(kind, "matter " + id + " has a kind");
    Objects.requireNonNull(competentUnit, "competentUnit is Optional.empty() when absent");
    if (kind == MatterKind.POWER && competentUnit.isEmpty()) {
      throw ValueRefusedException.of("refused.Matter.matterPowerMatterNames", id);
    }
    if (kind == MatterKind.AUTONOMY && competentUnit.isPresent()) {
      throw ValueRefusedException.of("refused.Matter.matterAutonomyMatterSettled", id);
    }
  }
}
