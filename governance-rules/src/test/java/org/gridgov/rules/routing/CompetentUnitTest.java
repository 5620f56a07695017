package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gridgov.core.lists.Category;
import org.gridgov.core.organisation.UnitId;
import org.junit.jupiter.api.Test;

/** A district context refuses a competent unit that is not a unit of the district. */
class CompetentUnitTest {

  @Test
  void aCompetentUnitOfTheDistrictIsAccepted() {
    assertThatNoException()
        .isThrownBy(
            () ->
                DistrictContext.of(
                    RoutingFixture.snapshot(List.of()),
                    Map.of(Category.of("EVENT_STREET_ORDER"), RoutingFixture.URBAN_MANAGEMENT)));
  }

  @Test
  void aCompetentUnitThatIsNotInTheDistrictIsRefusedByCategoryAndUnit() {
    assertThatThrownBy(
            () ->
                DistrictContext.of(
                    RoutingFixture.snapshot(List.of()),
                    Map.of(Category.of("EVENT_STREET_ORDER"), UnitId.of("JA-NO-SUCH-UNIT"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EVENT_STREET_ORDER → JA-NO-SUCH-UNIT")
        .hasMessageContaining("a competent unit must be a unit of the district");
  }
}
