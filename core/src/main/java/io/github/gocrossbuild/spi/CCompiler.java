package io.github.gocrossbuild.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * The C compiler a {@link BuildHost} found, and checked, for a cgo build on itself.
 *
 * @param cc the {@code CC} value, e.g. {@code /usr/bin/gcc}
 * @param cxx the {@code CXX} value, if any
 * @param reason why this compiler, e.g. {@code gcc found on the SSH host pi@build:22}
 */
public record CCompiler(String cc, Optional<String> cxx, String reason) {
  /**
   * Checks the parts.
   *
   * @param cc the compiler
   * @param cxx the C++ compiler
   * @param reason why
   */
  public CCompiler {
    Objects.requireNonNull(cc, "cc");
    Objects.requireNonNull(cxx, "cxx");
    Objects.requireNonNull(reason, "reason");
  }
}
