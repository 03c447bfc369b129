package io.github.gocrossbuild.internal.cgo;

import java.util.List;
import java.util.Optional;

/**
 * The C compiler chosen for a cgo build.
 *
 * @param cc the {@code CC} value, as Go splits it (a command, possibly with arguments)
 * @param cxx the {@code CXX} value, if a C++ compiler was found beside it
 * @param reason why this compiler, e.g. {@code aarch64-linux-gnu-gcc found on PATH}
 * @param looked every place looked before it, each with what was found there
 * @param musl whether the compiler links against musl rather than glibc
 */
public record CcChoice(
    String cc, Optional<String> cxx, String reason, List<String> looked, boolean musl) {

  /**
   * Checks the parts.
   *
   * @param cc the compiler
   * @param cxx the C++ compiler
   * @param reason why
   * @param looked where else was looked
   * @param musl whether musl is the libc
   */
  public CcChoice {
    cxx = cxx == null ? Optional.empty() : cxx;
    looked = List.copyOf(looked);
  }
}
