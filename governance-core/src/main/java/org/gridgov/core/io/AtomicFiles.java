package org.gridgov.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes output files so that a reader sees either the old file or the whole new one, never a part.
 *
 * <p>Each file is written to a new temporary file in its own folder, forced to the disk, and then
 * moved over the file in one step. A full disk, a file size limit or any other failure while
 * writing leaves the old file as it was and removes the temporary file. {@link #writeAll(List)}
 * writes every file of a group before it replaces any, so a report of two files is never left half
 * old and half new by a failed write. A file that is a symbolic link is replaced by the new file:
 * the link's target is never written through it. Stateless and thread-safe; two writers of one file
 * race, and the last move wins.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /** What goes into a file: writes the whole content to a stream it does not close. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream; left open
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * One file of a group and its content.
   *
   * @param file the file to replace or create; its folder must exist
   * @param content its content
   */
  public record Output(Path file, Content content) {
    /** Checks the components. */
    public Output {
      Objects.requireNonNull(file, "an output needs its file");
      Objects.requireNonNull(content, "an output needs its content");
      if (file.getFileName() == null) {
        throw new IllegalArgumentException("an output file needs a name, got " + file);
      }
    }
  }

  /**
   * Replaces or creates one file with its whole content.
   *
   * @param file the file; its folder must exist
   * @param content the content
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public static void write(Path file, Content content) {
    writeAll(List.of(new Output(file, content)), false);
  }

  /**
   * Replaces or creates one file that only its owner may read, such as a record holding personal
   * data: a new file is made readable and writable by its owner alone ({@code rw-------} where the
   * file system has POSIX permissions); a replaced file keeps the permissions it had.
   *
   * @param file the file; its folder must exist
   * @param content the content
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public static void writeOwnerOnly(Path file, Content content) {
    writeAll(List.of(new Output(file, content)), true);
  }

  /**
   * Replaces or creates a group of files: every file is written in full before the first is
   * replaced.
   *
   * @param outputs the files and their contents
   * @throws UncheckedIOException if writing any file fails; every file is then as it was
   */
  public static void writeAll(List<Output> outputs) {
    writeAll(outputs, false);
  }

  private static void writeAll(List<Output> outputs, boolean ownerOnly) {
    List<Path> written = new ArrayList<>(outputs.size());
    Path current = null;
    try {
      for (Output output : outputs) {
        current = output.file();
        written.add(writeTemporary(output, ownerOnly));
      }
      for (int i = 0; i < outputs.size(); i++) {
        current = outputs.get(i).file();
        Files.move(
            written.get(i),
            current,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        forceFolder(folderOf(current));
      }
    } catch (IOException e) {
      throw cannotWrite(current, e);
    } catch (UncheckedIOException e) {
      throw cannotWrite(current, e.getCause());
    } finally {
      for (Path tmp : written) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // left behind only when the folder itself fails; the output files are as they were
        }
      }
    }
  }

  private static UncheckedIOException cannotWrite(Path file, IOException e) {
    return new UncheckedIOException(
        "cannot write " + file + ": " + IoMessages.reason(e) + "; it is left as it was", e);
  }

  /**
   * Writes an output to a new temporary file beside it and forces it to the disk. The temporary
   * file gets the permissions the output should have once moved: those of the file it replaces; for
   * a new file, owner-only, or what the file system gives any new file (its umask), as a plain
   * write would.
   */
  private static Path writeTemporary(Output output, boolean ownerOnly) throws IOException {
    Path folder = folderOf(output.file());
    String prefix = "." + output.file().getFileName();
    Path tmp =
        ownerOnly ? Files.createTempFile(folder, prefix, ".tmp") : newTemporary(folder, prefix);
    try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      keepPermissions(output.file(), tmp);
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
      output.content().writeTo(out);
      out.flush();
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    return tmp;
  }

  /** A new empty file in a folder, made with the file system's default permissions. */
  private static Path newTemporary(Path folder, String prefix) throws IOException {
    while (true) {
      Path tmp =
          folder.resolve(
              prefix
                  + "."
                  + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                  + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        // another name is drawn
      }
    }
  }

  /** Gives the temporary file the POSIX permissions of the regular file it is to replace. */
  private static void keepPermissions(Path replaced, Path tmp) throws IOException {
    if (!Files.isRegularFile(replaced, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(
          tmp, Files.getPosixFilePermissions(replaced, LinkOption.NOFOLLOW_LINKS));
    } catch (UnsupportedOperationException e) {
      // no POSIX permissions on this file system: the new file keeps the defaults
    }
  }

  private static Path folderOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? file.toAbsolutePath().getRoot() : parent;
  }

  /** Forces a folder's entries to the disk, where the platform allows it. */
  private static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some platforms cannot open or force a folder; the move itself is still atomic there.
    }
  }
}
