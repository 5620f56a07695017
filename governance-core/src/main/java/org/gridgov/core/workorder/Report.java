package org.gridgov.core.workorder;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.GridCode;

/**
 * What is known of a matter when its work order is reported; these facts do not change over the
 * order's life.
 *
 * @param id the order's id
 * @param origin the list item the order was made from
 * @param category the category, which routing rules match
 * @param matterKind power, autonomy or assistance matter, which decides who is responsible
 * @param urgency how urgent, which decides the time limits
 * @param channel how the matter reached the lists
 * @param grid the grid where the matter is
 * @param compound the compound where the matter is, if it is in one; never null
 * @param summary what the matter is, in a sentence or a paragraph; not blank
 */
public record Report(
    WorkOrderId id,
    Origin origin,
    Category category,
    MatterKind matterKind,
    Urgency urgency,
    Channel channel,
    GridCode grid,
    Optional<CompoundId> compound,
    String summary) {

  /** Checks that every component is present and the summary is not blank. */
  public Report {
    Objects.requireNonNull(id, "a report needs the work order id");
    Objects.requireNonNull(origin, "a report needs its origin");
    Objects.requireNonNull(category, "a report needs a category");
    Objects.requireNonNull(matterKind, "a report needs a matter kind");
    Objects.requireNonNull(urgency, "a report needs an urgency");
    Objects.requireNonNull(channel, "a report needs a channel");
    Objects.requireNonNull(grid, "a report needs a grid");
    Objects.requireNonNull(compound, "a report's compound is Optional.empty() when there is none");
    Checks.text(summary, Checks.term("reportSummary"));
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
