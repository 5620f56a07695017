package org.gridgov.core.lists;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.common.ValueRefusedException;

/**
 * The catalogue of matters of a district, looked up by id, with the matters delegated to
 * communities (the report counts 169 of them).
 *
 * <p>Immutable and safe to share between threads.
 */
public final class MatterCatalogue {

  private final Map<MatterId, Matter> byId;

  private MatterCatalogue(Map<MatterId, Matter> byId) {
    this.byId = byId;
  }

  /**
   * A catalogue of some matters, in the order given.
   *
   * @param matters matters with distinct ids
   * @return the catalogue
   * @throws IllegalArgumentException if two matters share an id
   */
  public static MatterCatalogue of(Collection<Matter> matters) {
    Map<MatterId, Matter> byId = new LinkedHashMap<>();
    for (Matter matter : matters) {
      if (byId.putIfAbsent(matter.id(), matter) != null) {
        throw ValueRefusedException.of(
            "refused.MatterCatalogue.matterCatalogueListsEach", matter.id());
      }
    }
    return new MatterCatalogue(Collections.unmodifiableMap(byId));
  }

  /**
   * A matter by id.
   *
   * @param id the id
   * @return the matter, or empty if the catalogue does not list it
   */
  public Optional<Matter> find(MatterId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The matters delegated to communities.
   *
   * @return the delegated matters, in catalogue order
   */
  public List<Matter> delegated() {
    return byId.values().stream().filter(Matter::delegatedToCommunities).toList();
  }

  /**
   * The matters of one kind.
   *
   * @param kind power, autonomy or assistance
   * @return the matters of that kind, in catalogue order
   */
  public List<Matter> ofKind(MatterKind kind) {
    return byId.values().stream().filter(m -> m.kind() == kind).toList();
  }

  /**
   * Every matter.
   *
   * @return the matters, in catalogue order
   */
  public List<Matter> all() {
    return List.copyOf(byId.values());
  }

  /**
   * The number of matters.
   *
   * @return zero or more
   */
  public int size() {
    return byId.size();
  }
}
