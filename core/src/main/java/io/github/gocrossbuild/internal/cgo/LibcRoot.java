package io.github.gocrossbuild.internal.cgo;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.ArchTriples;
import io.github.gocrossbuild.internal.GoQuotedFields;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the target's C library root that qemu-user needs ({@code -L}) to run a dynamic foreign
 * binary: the caller's {@code sysroot(...)}, else what the compiler reports with {@code
 * -print-sysroot}, else Debian's cross layout {@code /usr/<triple>}.
 */
public final class LibcRoot {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private LibcRoot() {}

  /**
   * Finds the root.
   *
   * @param spec the spec
   * @param cgo the decision (its compiler)
   * @param target the target
   * @param env the environment the compiler runs with
   * @return the root, or empty when none is known
   */
  public static Optional<Path> find(
      BuildSpec spec, CgoDecision cgo, Target target, Map<String, String> env) {
    if (spec.sysroot().isPresent()) {
      return spec.sysroot();
    }
    Optional<Path> printed = cgo.compiler().flatMap(cc -> printSysroot(cc, env));
    if (printed.isPresent()) {
      return printed;
    }
    boolean musl = CgoSetup.musl(cgo);
    return (musl ? ArchTriples.muslTriple(target) : ArchTriples.gnuTriple(target))
        .map(t -> Path.of("/usr", t))
        .filter(Files::isDirectory);
  }

  private static Optional<Path> printSysroot(String cc, Map<String, String> env) {
    try {
      List<String> argv = new ArrayList<>(GoQuotedFields.split(cc));
      argv.add("-print-sysroot");
      ProcessRunner.Result r =
          ProcessRunner.run(
              argv,
              Path.of(System.getProperty("java.io.tmpdir")),
              env,
              Optional.of(TIMEOUT),
              l -> {});
      String out = r.output().strip();
      if (r.exitCode() != 0 || out.isEmpty() || out.contains("\n") || out.equals("/")) {
        return Optional.empty();
      }
      return Optional.of(Path.of(out)).filter(Files::isDirectory);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
