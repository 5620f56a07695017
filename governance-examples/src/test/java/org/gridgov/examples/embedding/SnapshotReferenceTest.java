package org.gridgov.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.io.DistrictSnapshotJson;
import org.junit.jupiter.api.Test;

/** The sample of the snapshot reference page is a snapshot that reads. */
class SnapshotReferenceTest {

  private static final Path PAGE = Path.of("../docs/SNAPSHOT.md");

  @Test
  void theSampleOfTheReferencePageReads() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    int from = page.indexOf("```json\n") + "```json\n".length();
    String sample = page.substring(from, page.indexOf("\n```", from));

    DistrictSnapshot snapshot =
        new DistrictSnapshotJson().read(sample.getBytes(StandardCharsets.UTF_8), "SNAPSHOT.md");

    assertThat(snapshot.territory().grids()).hasSize(1);
    assertThat(snapshot.territory().compounds()).hasSize(1);
  }
}
