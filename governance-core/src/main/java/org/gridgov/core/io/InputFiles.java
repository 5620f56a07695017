package org.gridgov.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads an input file whole, after checking that it is a regular file of a bounded size: a folder,
 * a device such as {@code /dev/zero}, a pipe or a file larger than its reader allows is refused
 * before its content is read, and a file that grows while it is read stops at the bound.
 */
final class InputFiles {

  private InputFiles() {}

  /**
   * The bytes of a file.
   *
   * @param file the file
   * @param maxBytes the largest file the reader takes
   * @param what what the file is, for messages, such as {@code "a district hierarchy file"}
   * @throws JsonLoadException if it is not a readable regular file of at most {@code maxBytes}
   */
  static byte[] read(Path file, long maxBytes, String what) throws JsonLoadException {
    String refusal = refusal(file, maxBytes, what);
    if (refusal != null) {
      throw refused(file, refusal);
    }
    try (InputStream in = Files.newInputStream(file)) {
      ByteArrayOutputStream bytes =
          new ByteArrayOutputStream((int) Math.min(Files.size(file), 1 << 20));
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > maxBytes) {
          throw refused(file, tooLarge(maxBytes, what, ""));
        }
        bytes.write(buffer, 0, n);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw refused(file, "cannot be read: " + IoMessages.reason(e));
    }
  }

  /** Why a file cannot be read, or null if it can be. */
  private static String refusal(Path file, long maxBytes, String what) {
    if (!Files.exists(file)) {
      return Files.exists(file, LinkOption.NOFOLLOW_LINKS)
          ? "no such file: the symbolic link points nowhere"
          : "no such file";
    }
    if (Files.isDirectory(file)) {
      return "is a folder; " + what + " is expected";
    }
    if (!Files.isRegularFile(file)) {
      return "is not a regular file (a device, pipe or socket); " + what + " is expected";
    }
    try {
      long size = Files.size(file);
      return size > maxBytes ? tooLarge(maxBytes, what, " (" + megabytes(size) + ")") : null;
    } catch (IOException e) {
      return "cannot be read: " + IoMessages.reason(e);
    }
  }

  private static String tooLarge(long maxBytes, String what, String size) {
    return "is larger than the " + megabytes(maxBytes) + " " + what + " may have" + size;
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }

  private static JsonLoadException refused(Path file, String problem) {
    return new JsonLoadException(file.toString(), List.of(new JsonProblem("$", 0, problem)));
  }
}
