package io.github.gocrossbuild.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** This machine's files through {@link java.nio.file.Files}. */
final class LocalFileView implements FileView {
  static final LocalFileView INSTANCE = new LocalFileView();

  private LocalFileView() {}

  @Override
  public Kind kind(String path) {
    try {
      Path p = Path.of(path);
      if (Files.isRegularFile(p)) {
        return Kind.FILE;
      }
      if (Files.isDirectory(p)) {
        return Kind.DIRECTORY;
      }
      return Files.exists(p) ? Kind.OTHER : Kind.MISSING;
    } catch (InvalidPathException | SecurityException e) {
      return Kind.MISSING;
    }
  }

  @Override
  public boolean isExecutable(String path) {
    try {
      Path p = Path.of(path);
      return Files.isRegularFile(p) && Files.isExecutable(p);
    } catch (InvalidPathException | SecurityException e) {
      return false;
    }
  }

  @Override
  public byte[] read(String path, int limit) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      return in.readNBytes(limit + 1);
    } catch (InvalidPathException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public String describe(String path) {
    return path;
  }

  @Override
  public String toString() {
    return "local files";
  }
}
