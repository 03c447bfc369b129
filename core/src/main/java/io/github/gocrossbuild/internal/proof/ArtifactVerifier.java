package io.github.gocrossbuild.internal.proof;

import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.VerificationProblem;
import io.github.gocrossbuild.VerifiedProperty;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.binary.BinaryFormat;
import io.github.gocrossbuild.binary.GlibcVersion;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.internal.Variants;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a built binary with what the build asked for. Pure functions: the builder calls {@link
 * #verify} and throws {@code VerificationException} when the list is not empty.
 */
public final class ArtifactVerifier {
  /** OSes whose Go binaries are fully static with cgo off; darwin, openbsd, solaris use libc. */
  private static final Set<GoOs> STATIC_WITHOUT_CGO =
      Set.of(GoOs.LINUX, GoOs.FREEBSD, GoOs.NETBSD, GoOs.DRAGONFLY);

  private ArtifactVerifier() {}

  /**
   * Lists every way the binary differs from the expectation.
   *
   * @param binary what was read from the artifact
   * @param expected what the build asked for
   * @return the problems; empty when the artifact is right
   */
  public static List<VerificationProblem> verify(GoBinary binary, Expectation expected) {
    List<VerificationProblem> problems = new ArrayList<>();
    Target target = expected.target();
    BinaryFormat format = formatFor(target);
    if (binary.format() != format
        && !(format == BinaryFormat.MACH_O && binary.format() == BinaryFormat.MACH_O_FAT)) {
      problems.add(
          VerificationProblem.of(
              VerifiedProperty.FORMAT, format.displayName(), binary.format().displayName()));
    }
    String os = binary.goos().map(GoOs::goName).orElse("unknown");
    if (!os.equals(target.goos().goName())) {
      problems.add(VerificationProblem.of(VerifiedProperty.GOOS, target.goos().goName(), os));
    }
    String arch = binary.goarch().map(GoArch::goName).orElse("unknown (" + binary.machine() + ")");
    if (!arch.equals(target.goarch().goName())) {
      problems.add(VerificationProblem.of(VerifiedProperty.GOARCH, target.goarch().goName(), arch));
    }
    if (binary.bits() != target.goarch().bits()) {
      problems.add(
          VerificationProblem.of(
              VerifiedProperty.BITS,
              String.valueOf(target.goarch().bits()),
              String.valueOf(binary.bits())));
    }
    if (!binary.isGo()) {
      problems.add(
          VerificationProblem.of(
              VerifiedProperty.GO, "a Go executable", "no Go build info or build ID"));
    } else if (binary.buildInfo().isEmpty() && binary.format() != BinaryFormat.WASM) {
      // Go's own debug/buildinfo cannot read wasm modules either; their build ID proves Go.
      problems.add(
          VerificationProblem.of(
              VerifiedProperty.BUILD_INFO,
              "readable",
              "unavailable (" + binary.buildInfoProblem().orElse("not found") + ")"));
    } else if (binary.buildInfo().isPresent()) {
      buildSettings(binary, expected, problems);
    }
    if (expected.stripped()) {
      if (!binary.isStripped()) {
        problems.add(
            VerificationProblem.of(
                VerifiedProperty.SYMBOLS, "stripped (-s)", "symbol table present"));
      }
      if (binary.hasDebugInfo()) {
        problems.add(
            VerificationProblem.of(VerifiedProperty.DWARF, "none (-w)", "debug sections present"));
      }
    }
    if (expected.cgoEnabled().equals(Optional.of(false))
        && STATIC_WITHOUT_CGO.contains(target.goos())
        && binary.format() == BinaryFormat.ELF
        && binary.isDynamicallyLinked()) {
      problems.add(
          VerificationProblem.of(
              VerifiedProperty.LINKING, "static (CGO_ENABLED=0)", dynamic(binary)));
    }
    linkage(binary, expected, problems);
    return List.copyOf(problems);
  }

  /** The checks of a cgo artifact: static when asked, the right loader, the glibc floor. */
  private static void linkage(
      GoBinary binary, Expectation expected, List<VerificationProblem> problems) {
    if (binary.format() != BinaryFormat.ELF) {
      return;
    }
    if (expected.staticLink() && binary.isDynamicallyLinked()) {
      problems.add(
          VerificationProblem.of(
              VerifiedProperty.LINKING, "static (staticLink())", dynamic(binary)));
    }
    if (expected.interpreter().isPresent() && binary.isDynamicallyLinked()) {
      String found = binary.interpreter().orElse("none");
      if (!found.equals(expected.interpreter().get())) {
        problems.add(
            VerificationProblem.of(
                VerifiedProperty.INTERPRETER, expected.interpreter().get(), found));
      }
    }
    if (expected.glibcAtMost().isPresent() && binary.requiredGlibc().isPresent()) {
      String max = expected.glibcAtMost().get();
      String needed = binary.requiredGlibc().get();
      if (GlibcVersion.parse(needed).isNewerThan(GlibcVersion.parse(max))) {
        problems.add(
            VerificationProblem.of(
                VerifiedProperty.GLIBC,
                "at most GLIBC_" + max + " (glibcAtMost)",
                "needs GLIBC_" + needed + " (" + dynamic(binary) + ")"));
      }
    }
  }

  private static void buildSettings(
      GoBinary binary, Expectation expected, List<VerificationProblem> problems) {
    Target target = expected.target();
    setting(binary, "GOOS", target.goos().goName(), problems);
    setting(binary, "GOARCH", target.goarch().goName(), problems);
    if (target.variant().isPresent() && target.variantVariable().isPresent()) {
      String variable = target.variantVariable().get();
      String want = Variants.normalize(target.goarch(), target.variant().get());
      Optional<String> found = binary.setting(variable);
      // Go records the effective value: GOARM=7 may show up as "7,hardfloat".
      if (found.isEmpty() || !(found.get().equals(want) || found.get().startsWith(want + ","))) {
        problems.add(VerificationProblem.variant(variable, want, found.orElse("not recorded")));
      }
    }
    expected
        .cgoEnabled()
        .ifPresent(cgo -> setting(binary, "CGO_ENABLED", cgo ? "1" : "0", problems));
    String trimpath = binary.setting("-trimpath").orElse("false");
    if (!trimpath.equals(String.valueOf(expected.trimpath()))) {
      problems.add(
          VerificationProblem.of(
              VerifiedProperty.TRIMPATH, String.valueOf(expected.trimpath()), trimpath));
    }
    // -buildvcs=true fails the build itself when there is no VCS, so only false needs a check.
    if (expected.buildvcs().equals(Optional.of(false)) && binary.setting("vcs").isPresent()) {
      problems.add(
          VerificationProblem.buildSetting(
              "vcs", "not recorded (-buildvcs=false)", binary.setting("vcs").get()));
    }
  }

  private static void setting(
      GoBinary binary, String key, String want, List<VerificationProblem> problems) {
    Optional<String> found = binary.setting(key);
    if (found.isEmpty() || !found.get().equals(want)) {
      // Name it apart from the header-derived GOOS/GOARCH so both can be reported.
      problems.add(VerificationProblem.buildSetting(key, want, found.orElse("not recorded")));
    }
  }

  /**
   * Lists things that are not wrong but that the user should know before deploying.
   *
   * @param binary what was read from the artifact
   * @param expected what the build asked for
   * @return the warnings ({@code proof.cgo-unused}, {@code proof.dynamic-glibc}); empty when there
   *     is nothing to say
   */
  public static List<BuildWarning> warnings(GoBinary binary, Expectation expected) {
    List<BuildWarning> warnings = new ArrayList<>();
    if (expected.cgoEnabled().equals(Optional.of(true))
        && !expected.staticLink()
        && binary.isStaticallyLinked()
        && binary.format() == BinaryFormat.ELF) {
      warnings.add(
          new BuildWarning(
              WarningId.PROOF_CGO_UNUSED,
              String.format(
                  "%s: cgo was enabled but the binary is statically linked: no linked package"
                      + " uses cgo (netgo/osusergo tags, or no net and os/user imports).",
                  binary.path())));
    }
    if (binary.format() == BinaryFormat.ELF
        && binary.goos().equals(Optional.of(GoOs.LINUX))
        && binary.isDynamicallyLinked()) {
      warnings.add(
          new BuildWarning(
              WarningId.PROOF_DYNAMIC_GLIBC,
              String.format(
                  "%s: %s%s.",
                  binary.path(),
                  dynamic(binary),
                  binary
                      .requiredGlibc()
                      .map(v -> "; needs GLIBC_" + v + " or newer on the target")
                      .orElse(""))));
    }
    return List.copyOf(warnings);
  }

  private static String dynamic(GoBinary b) {
    StringBuilder s = new StringBuilder("dynamically linked");
    b.interpreter().ifPresent(i -> s.append(" via ").append(i));
    if (!b.neededLibraries().isEmpty()) {
      s.append(" against ").append(String.join(", ", b.neededLibraries()));
    }
    return s.toString();
  }

  /**
   * Returns the container format Go produces for a target.
   *
   * @param target the target
   * @return PE for windows, Mach-O for darwin and ios, XCOFF for aix, Plan 9 a.out for plan9, wasm
   *     for wasm, else ELF
   */
  public static BinaryFormat formatFor(Target target) {
    if (target.goarch() == GoArch.WASM) {
      return BinaryFormat.WASM;
    }
    return switch (target.goos()) {
      case WINDOWS -> BinaryFormat.PE;
      case DARWIN, IOS -> BinaryFormat.MACH_O;
      case AIX -> BinaryFormat.XCOFF;
      case PLAN9 -> BinaryFormat.PLAN9;
      default -> BinaryFormat.ELF;
    };
  }
}
