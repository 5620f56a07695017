package org.gridgov.core.post;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.common.ValueRefusedException;

/**
 * The "10+X" service menu (服务菜单): exactly ten standard items the district sets for every grid, and
 * any number of local items a community adds.
 *
 * @param standard the ten standard items
 * @param local the local items, X of them, possibly none
 */
public record ServiceMenu(List<MenuItem> standard, List<MenuItem> local) {

  /** The number of standard items. */
  public static final int STANDARD_ITEMS = 10;

  /** Checks that there are ten standard items and that no code appears twice. */
  public ServiceMenu {
    standard = List.copyOf(standard);
    local = List.copyOf(local);
    if (standard.size() != STANDARD_ITEMS) {
      throw ValueRefusedException.of(
          "refused.ServiceMenu.serviceMenuHasExactly", STANDARD_ITEMS, standard.size());
    }
    Set<String> codes = new HashSet<>();
    for (MenuItem item : items(standard, local)) {
      if (!codes.add(item.code())) {
        throw ValueRefusedException.of("refused.ServiceMenu.serviceMenuListsEach", item.code());
      }
    }
  }

  private static List<MenuItem> items(List<MenuItem> standard, List<MenuItem> local) {
    List<MenuItem> all = new ArrayList<>(standard);
    all.addAll(local);
    return all;
  }

  /**
   * The X of "10+X".
   *
   * @return the number of local items
   */
  public int x() {
    return local.size();
  }

  /**
   * Every item, standard first.
   *
   * @return the ten standard items followed by the local ones
   */
  public List<MenuItem> items() {
    return List.copyOf(items(standard, local));
  }

  /**
   * This menu with one more local item.
   *
   * @param item the local item
   * @return a new menu
   * @throws IllegalArgumentException if the menu already lists the code
   */
  public ServiceMenu withLocal(MenuItem item) {
    List<MenuItem> all = new ArrayList<>(local);
    all.add(item);
    return new ServiceMenu(standard, all);
  }
}
