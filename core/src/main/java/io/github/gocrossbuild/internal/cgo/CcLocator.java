package io.github.gocrossbuild.internal.cgo;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.CgoToolchainException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.ArchTriples;
import io.github.gocrossbuild.internal.GoQuotedFields;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the C compiler of a cgo build on this machine, in a fixed order: what the caller gave
 * ({@code cc(...)}, {@code env("CC", ...)}), then for a cross target {@code <triple>-gcc} on PATH,
 * the musl {@code <triple>-gcc}, {@code zig cc -target <triple>}, and {@code clang
 * --target=<triple>} when a library root for the triple exists; for the host's own platform the
 * process {@code CC}, then {@code gcc}, {@code cc}, {@code clang}. Every miss is recorded, so the
 * exception when nothing is found lists them all.
 */
public final class CcLocator {
  private final Map<String, String> env;
  private final Predicate<Path> isDirectory;

  /**
   * Creates a locator.
   *
   * @param env the build's environment (the host's variables with {@code env(...)} on top); its
   *     {@code PATH} is searched
   * @param isDirectory tells whether a library root exists (the file system, in production)
   */
  public CcLocator(Map<String, String> env, Predicate<Path> isDirectory) {
    this.env = env;
    this.isDirectory = isDirectory;
  }

  /**
   * Finds the compiler.
   *
   * @param spec the spec (its {@code cc}, {@code cxx}, {@code sysroot} and {@code env})
   * @param target the target
   * @param nativeBuild whether the target is the platform of this machine
   * @return the choice
   * @throws CgoToolchainException when no compiler is found, listing every place looked
   */
  public CcChoice locate(BuildSpec spec, Target target, boolean nativeBuild) {
    List<String> looked = new ArrayList<>();
    String sysrootArg =
        spec.sysroot().map(r -> " " + GoQuotedFields.quote("--sysroot=" + r)).orElse("");
    Optional<String> givenCxx =
        spec.cxx().map(p -> GoQuotedFields.quote(p.toString()) + sysrootArg);
    if (spec.cc().isPresent()) {
      String cc = spec.cc().get().toString();
      return new CcChoice(
          GoQuotedFields.quote(cc) + sysrootArg,
          givenCxx,
          "set by cc(" + cc + ")",
          looked,
          isMusl(cc));
    }
    if (spec.env().containsKey("CC")) {
      String cc = spec.env().get("CC");
      return new CcChoice(
          cc,
          givenCxx.or(() -> Optional.ofNullable(spec.env().get("CXX"))),
          "CC set by env(\"CC\", ...)",
          looked,
          isMusl(cc));
    }
    looked.add("cc(...) and env(\"CC\", ...): not set");
    return nativeBuild
        ? nativeCompiler(target, looked, givenCxx)
        : crossCompiler(spec, target, looked, sysrootArg, givenCxx);
  }

  private CcChoice nativeCompiler(Target target, List<String> looked, Optional<String> givenCxx) {
    String processCc = env.getOrDefault("CC", "");
    if (!processCc.isEmpty()) {
      return new CcChoice(
          processCc,
          givenCxx.or(() -> Optional.ofNullable(env.get("CXX"))),
          "CC from the process environment",
          looked,
          isMusl(processCc));
    }
    looked.add("CC in the process environment: not set");
    for (String[] pair : new String[][] {{"gcc", "g++"}, {"cc", "c++"}, {"clang", "clang++"}}) {
      Optional<Path> cc = which(pair[0]);
      if (cc.isPresent()) {
        return new CcChoice(
            GoQuotedFields.quote(cc.get().toString()),
            givenCxx.or(() -> which(pair[1]).map(p -> GoQuotedFields.quote(p.toString()))),
            pair[0] + " found on PATH (native build)",
            looked,
            false);
      }
      looked.add(pair[0] + ": " + notOnPath());
    }
    throw CcFix.noNativeCompiler(target, looked);
  }

  private CcChoice crossCompiler(
      BuildSpec spec,
      Target target,
      List<String> looked,
      String sysrootArg,
      Optional<String> givenCxx) {
    Optional<String> gnu = ArchTriples.gnuTriple(target);
    if (gnu.isEmpty()) {
      looked.add("GNU triple: none known for " + target);
      throw CcFix.noCompiler(target, looked);
    }
    for (String triple : List.of(gnu.get(), ArchTriples.muslTriple(target).orElseThrow())) {
      Optional<Path> gcc = which(triple + "-gcc");
      if (gcc.isPresent()) {
        Optional<String> gxx = which(triple + "-g++").map(p -> GoQuotedFields.quote(p.toString()));
        return new CcChoice(
            GoQuotedFields.quote(gcc.get().toString()) + sysrootArg,
            givenCxx.or(() -> gxx.map(g -> g + sysrootArg)),
            triple + "-gcc found on PATH",
            looked,
            isMusl(triple));
      }
      looked.add(triple + "-gcc: " + notOnPath());
    }
    Optional<Path> zig = which("zig");
    String zigTriple = ArchTriples.zigTriple(target).orElseThrow();
    if (zig.isPresent()) {
      String z = GoQuotedFields.quote(zig.get().toString());
      return new CcChoice(
          z + " cc -target " + zigTriple,
          givenCxx.or(() -> Optional.of(z + " c++ -target " + zigTriple)),
          "zig found on PATH (zig cc -target " + zigTriple + ")",
          looked,
          false);
    }
    looked.add("zig: " + notOnPath());
    Optional<Path> clang = which("clang");
    Path root = spec.sysroot().orElse(Path.of("/usr", gnu.get()));
    if (clang.isPresent() && isDirectory.test(root)) {
      String c =
          GoQuotedFields.quote(clang.get().toString()) + " --target=" + gnu.get() + sysrootArg;
      Optional<String> cxx = which("clang++").map(p -> GoQuotedFields.quote(p.toString()));
      return new CcChoice(
          c,
          givenCxx.or(() -> cxx.map(x -> x + " --target=" + gnu.get() + sysrootArg)),
          "clang found on PATH with the library root " + root,
          looked,
          false);
    }
    looked.add(
        clang.isPresent()
            ? "clang --target=" + gnu.get() + ": no library root (" + root + " is missing)"
            : "clang: " + notOnPath());
    throw CcFix.noCompiler(target, looked);
  }

  private String notOnPath() {
    return "not on PATH (" + path() + ")";
  }

  private String path() {
    return env.getOrDefault("PATH", "");
  }

  /**
   * Searches PATH for a command.
   *
   * @param command the command's name
   * @return its path, or empty
   */
  public Optional<Path> which(String command) {
    for (String dir : path().split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      try {
        Path p = Path.of(dir, command);
        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
          return Optional.of(p);
        }
      } catch (InvalidPathException e) {
        // A PATH entry that is not a path holds no compiler.
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a compiler links against musl, from its name ({@code aarch64-linux-musl-gcc},
   * {@code musl-gcc}).
   *
   * @param cc the compiler command
   * @return true for a musl compiler
   */
  public static boolean isMusl(String cc) {
    return cc.contains("musl");
  }
}
