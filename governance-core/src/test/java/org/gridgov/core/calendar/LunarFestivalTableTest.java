package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LunarFestivalTableTest {

  @Test
  void theShippedTableIsWhatIcuAndTheNewMoonsGiveToday() throws IOException {
    // given the shipped resource
    String shipped;
    try (InputStream in = LunarFestivals.class.getResourceAsStream(LunarFestivals.RESOURCE)) {
      assertThat(in).as(LunarFestivals.RESOURCE).isNotNull();
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    // then regenerating it gives the same text, line for line
    assertThat(shipped.lines())
        .containsExactlyElementsOf(FestivalTableGenerator.table().lines().toList());
  }

  @Test
  void springFestival2027IsTheSixthOfFebruaryThoughIcuSaysTheSeventh() {
    // the new moon of 2027-02-06 is at 23:56 Beijing time
    assertThat(LunarFestivals.of(2027).springFestival()).isEqualTo(LocalDate.of(2027, 2, 6));
    assertThat(LunarFestivals.of(2027).springFestivalEve()).isEqualTo(LocalDate.of(2027, 2, 5));
  }

  @Test
  void knownDatesOfRecentYears() {
    // published dates: Spring Festival, 清明, 端午 and 中秋
    assertThat(LunarFestivals.of(2024))
        .isEqualTo(
            new FestivalDates(
                2024,
                LocalDate.of(2024, 2, 10),
                LocalDate.of(2024, 4, 4),
                LocalDate.of(2024, 6, 10),
                LocalDate.of(2024, 9, 17)));
    assertThat(LunarFestivals.of(2026))
        .isEqualTo(
            new FestivalDates(
                2026,
                LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 4, 5),
                LocalDate.of(2026, 6, 19),
                LocalDate.of(2026, 9, 25)));
  }
}
