package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report that cannot be written in full leaves the previous report whole, and a report file that
 * is a symbolic link is replaced, not written through.
 */
class ReportWriteFailureTest {

  /** A district small enough to simulate in a moment. */
  static final String SMALL_DISTRICT =
      """
      {"district": {"code": "110101", "name": "东城区"},
       "streets": [
        {"code": "110101001", "name": "东华门街道", "communities": [
          {"code": "110101001001", "name": "多福巷社区居委会"},
          {"code": "110101001002", "name": "银闸社区居委会"}]}]}
      """;

  @TempDir Path dir;

  @Test
  void aFullDiskLeavesThePreviousReportWhole() throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
    Path district = Files.writeString(dir.resolve("district.json"), SMALL_DISTRICT);
    Path out = Files.createDirectory(dir.resolve("report"));
    Files.writeString(out.resolve("report.json"), "{\"previous\": true}");
    Files.writeString(out.resolve("report.html"), "<p>previous</p>");
    String java = ProcessHandle.current().info().command().orElse("java");
    // A file size limit of 8 KiB (each report file is over 20 KiB) stands for a full disk: a write
    // past it fails with EFBIG, as
    // one fails with ENOSPC on a full disk; the JVM ignores the signal that would kill it.
    List<String> command =
        List.of(
            "/bin/bash",
            "-c",
            "ulimit -f 8 && exec \"$0\" \"$@\"",
            java,
            "-Xmx256m",
            "-XX:-UsePerfData",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            GridGovCommand.class.getName(),
            "simulate",
            "--district",
            district.toString(),
            "--volume",
            "40",
            "--progress",
            "never",
            "--out",
            out.toString());
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("stdout.txt").toFile())
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String stdout = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);
    String stderr = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(stderr).isEqualTo(1);
    assertThat(stdout).contains("东城区 (110101), simulated from 2022-01-01 to 2023-11-30, seed 2024");
    assertThat(stderr)
        .containsPattern("cannot write " + Pattern.quote(out.toString()) + "/report\\.(json|html)")
        .contains("File too large")
        .contains("left as it was")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
    assertThat(out.resolve("report.json")).hasContent("{\"previous\": true}");
    assertThat(out.resolve("report.html")).hasContent("<p>previous</p>");
    assertThat(leftovers(out)).isEmpty();
  }

  @Test
  void aReportFileThatIsASymbolicLinkIsReplacedAndItsTargetKept() throws IOException {
    Path district = Files.writeString(dir.resolve("district.json"), SMALL_DISTRICT);
    Path out = Files.createDirectory(dir.resolve("report"));
    Path precious = Files.writeString(dir.resolve("precious.txt"), "not a report");
    Files.createSymbolicLink(out.resolve("report.json"), precious);
    StringWriter err = new StringWriter();

    int code =
        GridGovCommand.run(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "simulate",
            "--district",
            district.toString(),
            "--volume",
            "40",
            "--out",
            out.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(precious).hasContent("not a report");
    assertThat(Files.isRegularFile(out.resolve("report.json"), LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(Files.readString(out.resolve("report.json"))).contains("\"110101\"");
  }

  private static List<Path> leftovers(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
