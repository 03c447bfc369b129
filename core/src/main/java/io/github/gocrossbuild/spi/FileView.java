package io.github.gocrossbuild.spi;

import java.io.IOException;

/**
 * A read-only view of the files of the machine where a VS Code workspace lives: this one ({@link
 * #local()}) or a server reached over SSH, as Remote-SSH users have it. Paths are that machine's
 * absolute paths, as strings, so a Linux server's paths stay what they are on any client.
 *
 * <pre>{@code
 * FileView files = FileView.local();
 * if (files.kind("/home/me/ws/.vscode/settings.json") == FileView.Kind.FILE) { ... }
 * }</pre>
 *
 * <p>Implementations must be thread-safe. A failure to reach the machine (not a missing file) is
 * thrown as the implementation's own unchecked exception.
 */
public interface FileView {

  /** What a path names, following symbolic links. */
  enum Kind {
    /** Nothing, or a path that cannot name a file there. */
    MISSING,
    /** A regular file. */
    FILE,
    /** A directory. */
    DIRECTORY,
    /** Something else: a device, a FIFO, a socket. */
    OTHER
  }

  /**
   * Tells what a path names.
   *
   * @param path an absolute path on the machine
   * @return the kind; {@link Kind#MISSING} when nothing is there
   */
  Kind kind(String path);

  /**
   * Tells whether a path is a regular file the user may execute.
   *
   * @param path an absolute path on the machine
   * @return true for an executable regular file
   */
  boolean isExecutable(String path);

  /**
   * Reads the start of a regular file: at most {@code limit + 1} bytes, so that a caller can tell a
   * file over its limit without reading all of it.
   *
   * @param path an absolute path on the machine
   * @param limit the most bytes the caller accepts
   * @return the bytes read, {@code limit + 1} of them when the file is larger
   * @throws IOException when the file cannot be read
   */
  byte[] read(String path, int limit) throws IOException;

  /**
   * Names a path for messages, with the machine when it is not this one.
   *
   * @param path an absolute path on the machine
   * @return e.g. {@code /home/me/ws/.vscode/tasks.json} or {@code
   *     builder@arm64.example:/home/builder/ws/.vscode/tasks.json}
   */
  String describe(String path);

  /**
   * Returns the view of this machine's files.
   *
   * @return the local view; it names paths as they are
   */
  static FileView local() {
    return LocalFileView.INSTANCE;
  }
}
