package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example journal in docs/JOURNAL.md is one this library writes and reads. */
class JournalDocumentationTest {

  private static final Path GUIDE = Path.of("../docs/JOURNAL.md");

  @Test
  void theExampleInTheGuideIsAJournalThisLibraryWritesByteForByte(@TempDir Path dir)
      throws IOException {
    List<String> guide = Files.readAllLines(GUIDE, StandardCharsets.UTF_8);
    int header = guide.indexOf("{\"format\":\"gridgov-work-order-journal\",\"version\":1}");
    assertThat(header).as("the guide shows a journal").isPositive();
    int end = header;
    while (!guide.get(end).equals("```")) {
      end++;
    }
    List<String> example = guide.subList(header, end);
    Path file = dir.resolve("example.journal");
    Files.writeString(file, String.join("\n", example) + "\n", StandardCharsets.UTF_8);

    JournalContents contents = WorkOrderJournal.read(file);

    assertThat(contents.records()).hasSize(example.size() - 1);
    assertThat(contents.tornTail()).isEmpty();
    Path again = dir.resolve("again.journal");
    try (WorkOrderJournal journal = WorkOrderJournal.open(again, Durability.onClose())) {
      contents.records().forEach(r -> journal.append(r.event()));
    }
    assertThat(Files.readString(again, StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
