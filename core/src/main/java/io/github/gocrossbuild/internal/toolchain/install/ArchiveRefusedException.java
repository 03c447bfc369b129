package io.github.gocrossbuild.internal.toolchain.install;

import java.io.IOException;

/** Thrown when an archive holds something unsafe or is not a Go distribution. */
final class ArchiveRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  ArchiveRefusedException(String message) {
    super(message);
  }
}
