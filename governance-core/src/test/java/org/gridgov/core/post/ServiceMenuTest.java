package org.gridgov.core.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ServiceMenuTest {

  private static List<MenuItem> standard(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> new MenuItem("STANDARD_" + i, "标准服务" + i))
        .toList();
  }

  @Test
  void aMenuHasTenStandardItemsAndAnyLocalOnes() {
    // given ten standard items and one local item
    ServiceMenu menu =
        new ServiceMenu(standard(10), List.of()).withLocal(new MenuItem("FREE_HAIRCUT", "爱心义剪"));

    // then it is a 10+1 menu
    assertThat(menu.x()).isOne();
    assertThat(menu.items()).hasSize(11);
  }

  @Test
  void aMenuWithNineStandardItemsIsRefused() {
    assertThatThrownBy(() -> new ServiceMenu(standard(9), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly 10 standard items, got 9");
  }

  @Test
  void aLocalItemDoesNotRepeatAStandardOne() {
    ServiceMenu menu = new ServiceMenu(standard(10), List.of());
    assertThatThrownBy(() -> menu.withLocal(new MenuItem("STANDARD_1", "重复")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }
}
