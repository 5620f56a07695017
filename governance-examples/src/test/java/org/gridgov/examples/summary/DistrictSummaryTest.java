package org.gridgov.examples.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.core.io.HierarchyJson;
import org.junit.jupiter.api.Test;

class DistrictSummaryTest {

  @Test
  void countsEachStreetsCommunitiesAndVillagesByTheirCodes() {
    DistrictSummary s = DistrictSummary.of(new HierarchyJson().readJinan().territory());

    DistrictSummary.StreetLine gushan =
        s.streets().stream().filter(l -> l.name().equals("鼓山镇")).findFirst().orElseThrow();
    assertThat(gushan.total()).isEqualTo(50);
    assertThat(s.streets().stream().mapToInt(DistrictSummary.StreetLine::total).sum())
        .isEqualTo(212);
  }

  @Test
  void linesUpChineseNamesByDisplayWidth() {
    assertThat(DistrictSummary.width("茶园街道")).isEqualTo(8);
    assertThat(DistrictSummary.pad("寿山乡", 8)).isEqualTo("寿山乡  ");
    String table = DistrictSummary.of(new HierarchyJson().readJinan().territory()).render();
    int street =
        table
            .lines()
            .filter(l -> l.contains("茶园街道"))
            .findFirst()
            .orElseThrow()
            .indexOf("subdistrict");
    int town =
        table.lines().filter(l -> l.contains("鼓山镇")).findFirst().orElseThrow().indexOf("town");
    // the column on screen is the index plus one extra column for each wide character before it
    assertThat(street + DistrictSummary.width("茶园街道") - "茶园街道".length())
        .isEqualTo(town + DistrictSummary.width("鼓山镇") - "鼓山镇".length());
  }
}
