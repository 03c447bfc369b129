package io.github.gocrossbuild.internal.cgo;

import io.github.gocrossbuild.CgoToolchainException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.ArchTriples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Says what to install when a cgo build has no working C compiler, for the machine it runs on. */
public final class CcFix {
  private static final String ELSEWHERE =
      "install zig (https://ziglang.org/download/) and put it on PATH: `zig cc -target %s` then"
          + " compiles C for %s; or build on a %s host over SSH (on(SshBuildHost.connect(...))),"
          + " where the host's own gcc is used; or give a cross compiler with cc(Path)";
  private static final String DEBIAN = "sudo apt-get install %s %s (Debian/Ubuntu); or ";

  private CcFix() {}

  /**
   * Makes the exception for a target where no compiler was found.
   *
   * @param target the target
   * @param looked every place looked
   * @return the exception
   */
  public static CgoToolchainException noCompiler(Target target, List<String> looked) {
    return new CgoToolchainException(
        target, "no C compiler for the target was found", looked, fix(target, isDebian()));
  }

  /**
   * Makes the exception for a native build where no compiler was found.
   *
   * @param target the target, the platform of the build host
   * @param looked every place looked
   * @return the exception
   */
  public static CgoToolchainException noNativeCompiler(Target target, List<String> looked) {
    return new CgoToolchainException(
        target,
        "no C compiler was found on the build host",
        looked,
        "install the host's C compiler and C library headers (Debian/Ubuntu: sudo apt-get install"
            + " gcc libc6-dev), or set CC with env(\"CC\", ...) or cc(Path)");
  }

  /**
   * Makes the exception for a compiler that cannot build a C program for the target.
   *
   * @param target the target
   * @param choice the compiler tried
   * @param problem what went wrong, with the compiler's output
   * @return the exception
   */
  public static CgoToolchainException checkFailed(Target target, CcChoice choice, String problem) {
    List<String> looked = new java.util.ArrayList<>(choice.looked());
    looked.add("CC=" + choice.cc() + " (" + choice.reason() + "): " + problem);
    return new CgoToolchainException(
        target,
        "the C compiler " + choice.cc() + " cannot compile and link a C program for the target",
        looked,
        fix(target, isDebian()));
  }

  /**
   * Returns the fix for a target.
   *
   * @param target the target
   * @param debian whether this machine runs Debian or a derivative (apt and Debian's cross
   *     packages)
   * @return e.g. {@code sudo apt-get install gcc-aarch64-linux-gnu libc6-dev-arm64-cross ...}
   */
  static String fix(Target target, boolean debian) {
    Optional<String> triple = ArchTriples.gnuTriple(target);
    String zig = ArchTriples.zigTriple(target).orElse("<triple>");
    String elsewhere = String.format(ELSEWHERE, zig, target, target);
    if (debian && triple.isPresent()) {
      return String.format(
              DEBIAN,
              "gcc-" + triple.get(),
              "libc6-dev-" + ArchTriples.debianArch(target).orElseThrow() + "-cross")
          + elsewhere;
    }
    return elsewhere;
  }

  private static boolean isDebian() {
    return Files.isRegularFile(Path.of("/etc/debian_version"));
  }
}
