package io.github.gocrossbuild.internal.cgo;

import io.github.gocrossbuild.CgoToolchainException;
import io.github.gocrossbuild.InvalidBinaryException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.internal.GoQuotedFields;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compiles and links a tiny C program with the chosen compiler for the target, before {@code go
 * build}: a missing libc for the target, or a host compiler that would link an x86-64 object into
 * an arm64 binary, is caught here with the fix instead of deep in the cgo output. A success is
 * remembered for the same compiler file, target and linking, so a warm build pays a cache lookup.
 */
public final class CcPrecheck {
  /** The program uses stdio, so the target's C library headers and libc must be present. */
  public static final String PROGRAM =
      "#include <stdio.h>\nint main(void) { puts(\"gocrossbuild cgo check\"); return 0; }\n";

  /** What {@link #PROGRAM} prints when it runs. */
  public static final String PROGRAM_OUTPUT = "gocrossbuild cgo check";

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /**
   * The checks that passed, keyed on the compiler command as split, the path it resolves to on PATH
   * and that file's modification time (an upgraded compiler is checked again), the target and
   * whether it links statically. A failure is not kept.
   */
  private static final BoundedCache<String, Boolean> PASSED =
      BoundedCache.create("CcPrecheck.passed", 32);

  private CcPrecheck() {}

  /**
   * Checks the compiler, or returns at once when the same check passed before in this JVM.
   *
   * @param choice the compiler
   * @param target the target
   * @param staticLink whether to link with {@code -static}, as the build will
   * @param env the build's environment (PATH and the compiler's variables)
   * @throws CgoToolchainException when the program does not compile, link, or come out for the
   *     target's architecture
   */
  public static void check(
      CcChoice choice, Target target, boolean staticLink, Map<String, String> env) {
    List<String> cc;
    try {
      cc = GoQuotedFields.split(choice.cc());
    } catch (IllegalArgumentException e) {
      throw CcFix.checkFailed(target, choice, e.getMessage());
    }
    if (cc.isEmpty()) {
      throw CcFix.checkFailed(target, choice, "CC is empty");
    }
    PASSED.get(
        key(cc, target, staticLink, env), k -> compileAndLink(cc, choice, target, staticLink, env));
  }

  /** Compiles and links the program once, or throws saying why it could not. */
  private static Boolean compileAndLink(
      List<String> cc,
      CcChoice choice,
      Target target,
      boolean staticLink,
      Map<String, String> env) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("gocrossbuild-cc");
      Path src = Files.writeString(dir.resolve("check.c"), PROGRAM);
      Path out = dir.resolve("check");
      List<String> argv = new ArrayList<>(cc);
      if (staticLink) {
        argv.add("-static");
      }
      argv.addAll(List.of("-o", out.toString(), src.toString()));
      ProcessRunner.Result r;
      try {
        r = ProcessRunner.run(argv, dir, env, Optional.of(TIMEOUT), line -> {});
      } catch (UncheckedIOException e) {
        throw CcFix.checkFailed(target, choice, e.getMessage());
      }
      if (r.timedOut() || r.exitCode() != 0 || !Files.isRegularFile(out)) {
        String what = r.timedOut() ? "timed out" : "exit code " + r.exitCode();
        throw CcFix.checkFailed(
            target,
            choice,
            String.format("%s %s: %s", String.join(" ", argv), what, r.output().strip()));
      }
      checkArchitecture(out, target, choice);
      return Boolean.TRUE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(dir);
    }
  }

  private static void checkArchitecture(Path out, Target target, CcChoice choice) {
    GoBinary b;
    try {
      b = GoBinary.read(out);
    } catch (InvalidBinaryException e) {
      throw CcFix.checkFailed(target, choice, "the program it linked is unreadable: " + e);
    }
    if (b.goos().map(os -> os != target.goos()).orElse(false)
        || b.goarch().map(a -> a != target.goarch()).orElse(true)
        || b.bits() != target.goarch().bits()) {
      throw CcFix.checkFailed(
          target,
          choice,
          String.format(
              "it links %s programs, not %s ones",
              b.goarch().map(Object::toString).orElse(b.machine()), target.goarch()));
    }
  }

  /** The compiler's file identity is part of the key: an upgraded compiler is checked again. */
  private static String key(
      List<String> cc, Target target, boolean staticLink, Map<String, String> env) {
    String exe = cc.get(0);
    Path p = Path.of(exe);
    if (!p.isAbsolute()) {
      p = new CcLocator(env, Files::isDirectory).which(exe).orElse(p);
    }
    long modified = 0;
    try {
      modified = Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      // Not found: the check itself will say so.
    }
    return String.join(" ", cc) + "|" + p + "@" + modified + "|" + target + "|" + staticLink;
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is harmless.
    }
  }
}
