package org.gridgov.core.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gridgov.core.organisation.UnitId;
import org.junit.jupiter.api.Test;

class MatterCatalogueTest {

  private static final Matter RESIDENCE_CERTIFICATE =
      new Matter(
          MatterId.of("m-residence"),
          "居住证明开具",
          MatterKind.ASSISTANCE,
          true,
          Optional.of(UnitId.of("u-police")));
  private static final Matter PRIVATE_BUILDING =
      new Matter(
          MatterId.of("m-building"),
          "违法建设查处",
          MatterKind.POWER,
          false,
          Optional.of(UnitId.of("u-enforcement")));
  private static final Matter CONVENTION =
      new Matter(
          MatterId.of("m-convention"), "居民公约修订", MatterKind.AUTONOMY, true, Optional.empty());

  @Test
  void findsAMatterById() {
    MatterCatalogue catalogue =
        MatterCatalogue.of(List.of(RESIDENCE_CERTIFICATE, PRIVATE_BUILDING));
    assertThat(catalogue.find(MatterId.of("m-building"))).contains(PRIVATE_BUILDING);
    assertThat(catalogue.find(MatterId.of("m-none"))).isEmpty();
  }

  @Test
  void listsTheMattersDelegatedToCommunities() {
    MatterCatalogue catalogue =
        MatterCatalogue.of(List.of(RESIDENCE_CERTIFICATE, PRIVATE_BUILDING, CONVENTION));
    assertThat(catalogue.delegated()).containsExactly(RESIDENCE_CERTIFICATE, CONVENTION);
    assertThat(catalogue.ofKind(MatterKind.POWER)).containsExactly(PRIVATE_BUILDING);
  }

  @Test
  void holdsTheReportsOneHundredAndSixtyNineDelegatedMatters() {
    // given 169 delegated matters and one kept by its unit
    List<Matter> matters =
        IntStream.rangeClosed(1, 169)
            .mapToObj(
                i ->
                    new Matter(
                        MatterId.of("m-" + i),
                        "下放事项" + i,
                        MatterKind.ASSISTANCE,
                        true,
                        Optional.empty()))
            .collect(Collectors.toCollection(ArrayList::new));
    matters.add(PRIVATE_BUILDING);

    // then the catalogue counts 169 delegated
    MatterCatalogue catalogue = MatterCatalogue.of(matters);
    assertThat(catalogue.size()).isEqualTo(170);
    assertThat(catalogue.delegated()).hasSize(169);
  }

  @Test
  void aPowerMatterNamesItsCompetentUnit() {
    assertThatThrownBy(
            () -> new Matter(MatterId.of("m-x"), "行政处罚", MatterKind.POWER, false, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("competent unit");
  }

  @Test
  void aCatalogueListsEachMatterOnce() {
    assertThatThrownBy(() -> MatterCatalogue.of(List.of(CONVENTION, CONVENTION)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }
}
