package org.gridgov.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Messages;

/** Says in words why a file operation failed, without the exception's class name. */
final class IoMessages {

  private IoMessages() {}

  /**
   * A message of governance-core's bundle, for the problems the readers find.
   *
   * @param key the key, such as {@code json.required}
   * @param arguments the arguments; numbers passed as text keep their digits as written
   */
  static Message text(String key, Object... arguments) {
    return Message.of(Messages.CORE, key, arguments);
  }

  /**
   * Why an operation failed, such as {@code "no such file or folder: a/b"} or {@code "File too
   * large"}.
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException f) {
      return "no such file or folder: " + f.getFile();
    }
    if (e instanceof AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof FileAlreadyExistsException f) {
      return "already exists: " + f.getFile();
    }
    if (e instanceof NotDirectoryException f) {
      return "not a folder: " + f.getFile();
    }
    if (e instanceof DirectoryNotEmptyException f) {
      return "a folder that is not empty is in the way: " + f.getFile();
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason() + (f.getFile() == null ? "" : ": " + f.getFile());
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
