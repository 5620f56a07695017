package org.gridgov.core.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostTypeCatalogueTest {

  @Test
  void theDefaultCatalogueHasSevenPostTypes() {
    assertThat(PostTypeCatalogue.defaults().size()).isEqualTo(7);
  }

  @Test
  void theDefaultCatalogueHoldsTheThreeTypesTheReportNames() {
    assertThat(PostTypeCatalogue.defaults().types())
        .contains(
            PostTypeCatalogue.PARTY_BUILDING_GUIDANCE,
            PostTypeCatalogue.PROPERTY_SERVICE_SUPERVISION,
            PostTypeCatalogue.HARDSHIP_RELIEF);
  }

  @Test
  void aDistrictMayConfigureItsOwnCatalogue() {
    // given a catalogue with one local type
    PostType library = new PostType("READING_CORNER", "书香驿站岗", "Runs the grid's reading corner.");
    PostTypeCatalogue catalogue =
        PostTypeCatalogue.of(List.of(PostTypeCatalogue.HARDSHIP_RELIEF, library));

    // then it finds it by code
    assertThat(catalogue.find("READING_CORNER")).contains(library);
    assertThat(catalogue.find("SAFETY_INSPECTION")).isEmpty();
  }

  @Test
  void aCatalogueListsEachCodeOnce() {
    assertThatThrownBy(
            () ->
                PostTypeCatalogue.of(
                    List.of(PostTypeCatalogue.HARDSHIP_RELIEF, PostTypeCatalogue.HARDSHIP_RELIEF)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }
}
