package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.io.Durability;
import org.gridgov.core.io.WorkOrderJournal;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return GridGovCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  /** A journal of three reported orders. */
  private Path journal() {
    Path file = dir.resolve("orders.journal");
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
      for (int i = 1; i <= 3; i++) {
        Report report =
            new Report(
                WorkOrderId.of("WO-" + i),
                Origin.demand(DemandId.of("D-" + i)),
                Category.of("SERVICE_DISPUTE"),
                MatterKind.AUTONOMY,
                Urgency.ROUTINE,
                Channel.CALL_GROUP,
                GridCode.of("350111001001001"),
                Optional.empty(),
                "楼上漏水");
        WorkOrder order =
            WorkOrder.report(
                report, Actor.system("hotline"), Instant.parse("2024-03-04T01:30:00Z"), "");
        journal.append(order.history().get(0));
      }
    }
    return file;
  }

  @Test
  void aWholeJournalIsCountedByStatusInEitherLanguage() {
    Path file = journal();

    assertThat(run("journal", "--lang", "en", file.toString())).isZero();
    assertThat(run("journal", "--lang", "zh", file.toString())).isZero();

    assertThat(out.toString())
        .contains(file + ": 3 records, 3 work orders\n  reported 3\n")
        .contains(file + "：3 条记录，3 张工单\n  已上报 3 张\n")
        .doesNotContain("torn");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aTornLastRecordIsShownWhereItIsAndLeftInPlace() throws IOException {
    Path file = journal();
    Files.write(
        file, "{\"seq\":4,\"order\":".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
    byte[] before = Files.readAllBytes(file);

    assertThat(run("journal", "--lang", "zh", file.toString())).isZero();

    assertThat(out.toString())
        .contains("3 条记录")
        .contains("最后一条记录不完整，保留原样")
        .contains("第 5 行（字节偏移 ")
        .contains("该行没有换行符");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aDamagedRecordIsReportedInChineseWithItsFileLineAndRecord() throws IOException {
    Path file = journal();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, text.replaceFirst("\"WO-2\"", "\"WO-9\""), StandardCharsets.UTF_8);

    assertThat(run("journal", "--lang", "zh", file.toString())).isEqualTo(1);

    assertThat(err.toString())
        .startsWith(file + "：第 3 行（字节偏移 ")
        .contains("第 2 条记录")
        .contains("校验和不符")
        .doesNotContain("checksum")
        .doesNotContain("Exception");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aFileThatIsNotAJournalIsRefusedWithoutATrace() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "hello\n");

    assertThat(run("journal", notes.toString())).isEqualTo(1);

    assertThat(err.toString()).contains(notes.toString()).contains("not a work-order journal");
  }
}
