package org.gridgov.core.territory;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;

/**
 * A residential compound (小区) or courtyard (院落) inside a grid.
 *
 * @param id its identifier
 * @param name its name
 * @param grid the grid it lies in
 * @param propertyMode how its property is managed
 * @param propertyCompany the property company's name; present exactly when the mode is {@link
 *     PropertyMode#PROFESSIONAL}
 * @param feeCollectionRate the share of property fees collected, 0 to 1
 * @param renovations the renovations carried out
 * @param oldCompound whether it is an old compound (老旧小区)
 */
public record Compound(
    CompoundId id,
    String name,
    GridCode grid,
    PropertyMode propertyMode,
    Optional<String> propertyCompany,
    double feeCollectionRate,
    Set<Renovation> renovations,
    boolean oldCompound) {

  /** Checks the fields and copies the renovations. */
  public Compound {
    Objects.requireNonNull(id, "a compound needs an id");
    Checks.name(name, Checks.term("compoundName"));
    Objects.requireNonNull(grid, "a compound needs a grid");
    Objects.requireNonNull(propertyMode, "a compound needs a property mode");
    Objects.requireNonNull(propertyCompany, "propertyCompany is Optional.empty() when absent");
    propertyCompany.ifPresent(c -> Checks.text(c, Checks.term("propertyCompanyName")));
    if (propertyCompany.isPresent() != (propertyMode == PropertyMode.PROFESSIONAL)) {
      throw ValueRefusedException.of(
          propertyCompany.isPresent()
              ? "refused.Compound.companyWithoutProfessionalMode"
              : "refused.Compound.professionalModeWithoutCompany",
          id,
          propertyMode);
    }
    Checks.ratio(feeCollectionRate, Checks.term("compound.feeCollectionRate", id));
    renovations = renovations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(renovations));
  }

  /**
   * A compound with the given property mode and no company, no renovations and no fees collected.
   *
   * @param id its identifier
   * @param name its name
   * @param grid the grid it lies in
   * @param propertyMode any mode but {@link PropertyMode#PROFESSIONAL}
   * @param oldCompound whether it is an old compound
   * @return the compound
   */
  public static Compound of(
      CompoundId id, String name, GridCode grid, PropertyMode propertyMode, boolean oldCompound) {
    return new Compound(id, name, grid, propertyMode, Optional.empty(), 0.0, Set.of(), oldCompound);
  }

  /**
   * This compound managed in another mode.
   *
   * @param mode the new mode
   * @param company the company's name, present exactly when the mode is professional
   * @return a new compound
   */
  public Compound withPropertyMode(PropertyMode mode, Optional<String> company) {
    return new Compound(id, name, grid, mode, company, feeCollectionRate, renovations, oldCompound);
  }

  /**
   * This compound with one more renovation done.
   *
   * @param renovation the renovation
   * @return a new compound
   */
  public Compound renovated(Renovation renovation) {
    EnumSet<Renovation> all = EnumSet.of(renovation);
    all.addAll(renovations);
    return new Compound(
        id, name, grid, propertyMode, propertyCompany, feeCollectionRate, all, oldCompound);
  }
}
