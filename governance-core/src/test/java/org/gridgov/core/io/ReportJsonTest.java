package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.WorkOrderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {

  private final ReportJson json = new ReportJson(PersonalData.INCLUDED);

  @Test
  void aReportRoundTrips() {
    Report report =
        new Report(
            WorkOrderId.of("WO-1"),
            Origin.demand(DemandId.of("D-1")),
            Category.of("SERVICE_PROPERTY"),
            MatterKind.AUTONOMY,
            Urgency.ROUTINE,
            Channel.CALL_GROUP,
            GridCode.of("350111001001001"),
            Optional.of(CompoundId.of("C-1")),
            "楼道灯坏了");

    String text = json.toJson(report);

    assertThat(json.read(text.getBytes(StandardCharsets.UTF_8), "order.json")).isEqualTo(report);
  }

  @Test
  void aBadFieldIsReportedWithItsPathAndLine() {
    String text =
        """
        {"id": "WO-1", "origin": {"list": "DEMAND", "id": "D-1"},
         "category": "SERVICE_PROPERTY", "matterKind": "AUTONOMY", "urgency": "SOON",
         "channel": "CALL_GROUP", "grid": "350111001001001", "summary": "x"}
        """;

    assertThatThrownBy(() -> json.read(text.getBytes(StandardCharsets.UTF_8), "order.json"))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining("order.json")
        .hasMessageContaining("$.urgency (line 2)")
        .hasMessageContaining("unknown value \"SOON\"; one of ROUTINE, URGENT, EMERGENCY");
  }

  @Test
  void aBlankSummaryIsReportedAtTheSummary() {
    String text =
        """
        {"id": "WO-1", "origin": {"list": "DEMAND", "id": "D-1"},
         "category": "SERVICE_PROPERTY", "matterKind": "AUTONOMY", "urgency": "ROUTINE",
         "channel": "CALL_GROUP", "grid": "350111001001001",
         "summary": "   "}
        """;

    assertThatThrownBy(() -> json.read(text.getBytes(StandardCharsets.UTF_8), "order.json"))
        .isInstanceOf(JsonLoadException.class)
        .hasMessage("order.json: $.summary (line 4): a report's summary must not be blank");
  }

  @Test
  void aFolderOrADeviceIsRefusedBeforeItIsRead(@TempDir Path dir) {
    assertThatThrownBy(() -> json.read(dir))
        .isInstanceOf(JsonLoadException.class)
        .hasMessage(dir + ": $: is a folder; a report file is expected");
    assertThatThrownBy(() -> json.read(Path.of("/dev/zero")))
        .isInstanceOf(JsonLoadException.class)
        .hasMessage(
            "/dev/zero: $: is not a regular file (a device, pipe or socket); a report file is"
                + " expected");
  }
}
