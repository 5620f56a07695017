package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void replacesAFileWithItsWholeNewContent() throws IOException {
    Path file = dir.resolve("report.json");
    Files.writeString(file, "old");

    AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertThat(file).hasContent("new");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void replacesASymbolicLinkAndLeavesWhatItPointsToAsItWas() throws IOException {
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere")).resolve("precious.txt");
    Files.writeString(elsewhere, "precious");
    Path file = dir.resolve("report.json");
    Files.createSymbolicLink(file, elsewhere);

    AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertThat(elsewhere).hasContent("precious");
    assertThat(Files.isSymbolicLink(file)).isFalse();
    assertThat(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(file).hasContent("new");
  }

  @Test
  void aGroupThatFailsToWriteOneFileReplacesNoneAndLeavesNoTemporaryFile() throws IOException {
    Path json = dir.resolve("report.json");
    Path html = dir.resolve("report.html");
    Files.writeString(json, "old json");
    Files.writeString(html, "old html");

    assertThatThrownBy(
            () ->
                AtomicFiles.writeAll(
                    List.of(
                        new AtomicFiles.Output(
                            json, out -> out.write("new json".getBytes(StandardCharsets.UTF_8))),
                        new AtomicFiles.Output(
                            html,
                            out -> {
                              out.write("half".getBytes(StandardCharsets.UTF_8));
                              throw new IOException("No space left on device");
                            }))))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot write " + html + ": No space left on device; it is left as it was");

    assertThat(json).hasContent("old json");
    assertThat(html).hasContent("old html");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFolderInThePlaceOfTheFileIsRefusedAndKept() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("report.html"));
    Files.writeString(folder.resolve("inside.txt"), "kept");

    assertThatThrownBy(() -> AtomicFiles.write(folder, out -> out.write(1)))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot write " + folder + ": ");

    assertThat(folder.resolve("inside.txt")).hasContent("kept");
    assertThat(leftovers()).isEmpty();
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  @Test
  void aNewFileGetsTheFileSystemsDefaultPermissionsAndAReplacedOneKeepsItsOwn(@TempDir Path dir)
      throws IOException {
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path report = dir.resolve("report.json");

    AtomicFiles.write(report, out -> out.write('1'));
    assertThat(Files.getPosixFilePermissions(report))
        .isEqualTo(Files.getPosixFilePermissions(plain));

    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw-r--"));
    AtomicFiles.write(report, out -> out.write('2'));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .isEqualTo("rw-rw-r--");
    assertThat(Files.readString(report)).isEqualTo("2");
  }

  @Test
  void anOwnerOnlyFileIsReadableByItsOwnerAlone(@TempDir Path dir) throws IOException {
    Path snapshot = dir.resolve("district.snapshot.json");

    AtomicFiles.writeOwnerOnly(snapshot, out -> out.write('1'));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(snapshot)))
        .isEqualTo("rw-------");
  }
}
