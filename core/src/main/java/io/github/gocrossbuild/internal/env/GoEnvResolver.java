package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvConsumer;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.ToolchainFacts;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Completes a consumer's stack: given the layers that build {@code go}'s process environment, adds
 * what {@code go} reads itself, in the order it does. The user's env file is located from the
 * <em>resulting</em> process environment (a layer that sets or deletes GOENV or HOME moves it),
 * {@code $GOROOT/go.env} from the resulting GOROOT, and the defaults from both.
 */
public final class GoEnvResolver {

  private GoEnvResolver() {}

  /** The go env files, when the caller has read them already (a remote host). */
  public static final class GoFiles {
    final Optional<String> userFile;
    final Map<String, String> userValues;
    final String goRootFile;
    final Map<String, String> goRootValues;

    /**
     * Creates the value.
     *
     * @param userFile the user's env file path, empty for none
     * @param userValues its values
     * @param goRootFile the go.env path for messages
     * @param goRootValues its values (without GOROOT)
     */
    public GoFiles(
        Optional<String> userFile,
        Map<String, String> userValues,
        String goRootFile,
        Map<String, String> goRootValues) {
      this.userFile = userFile;
      this.userValues = userValues;
      this.goRootFile = goRootFile;
      this.goRootValues = goRootValues;
    }
  }

  /**
   * Resolves a consumer's environment.
   *
   * @param consumer who runs go
   * @param processLayers the bindings that build the process environment, lowest first
   * @param facts the toolchain
   * @param files the go env files when already read, else empty to read them locally
   * @param lookup finds commands on PATH (the C compiler, for the cgo default)
   * @param cgoDefault the CGO_ENABLED default when the caller knows it better
   * @return the environment, without findings
   */
  public static ResolvedEnv resolve(
      EnvConsumer consumer,
      List<EnvBinding> processLayers,
      ToolchainFacts facts,
      Optional<GoFiles> files,
      GoDefaults.CommandLookup lookup,
      Optional<EnvBinding> cgoDefault) {
    Map<String, String> process =
        ResolvedEnv.of(consumer, processLayers, List.of()).processEnvironment();
    GoOs os = facts.hostTarget().goos();
    List<EnvBinding> fileBindings = new ArrayList<>();
    GoFiles f = files.orElseGet(() -> readLocal(os, process, facts));
    String user = f.userFile.orElse("go env file");
    f.userValues.forEach(
        (k, v) -> fileBindings.add(EnvBinding.of(k, v, EnvLayer.USER_ENV_FILE, user)));
    f.goRootValues.forEach(
        (k, v) -> {
          if (!k.equals("GOROOT")) {
            fileBindings.add(EnvBinding.of(k, v, EnvLayer.GOROOT_ENV_FILE, f.goRootFile));
          }
        });
    List<EnvBinding> withFiles = new ArrayList<>(fileBindings);
    withFiles.addAll(processLayers);
    ResolvedEnv partial = ResolvedEnv.of(consumer, withFiles, List.of());
    List<EnvBinding> all =
        new ArrayList<>(GoDefaults.compute(facts, process, partial::get, lookup, cgoDefault));
    all.addAll(withFiles);
    return ResolvedEnv.of(consumer, all, List.of());
  }

  /**
   * Reads the go env files on this machine the way go would with a process environment.
   *
   * @param os the OS go runs on
   * @param process the process environment
   * @param facts the toolchain (its GOROOT when nothing overrides it)
   * @return the files
   */
  static GoFiles readLocal(GoOs os, Map<String, String> process, ToolchainFacts facts) {
    Optional<String> userFile = GoEnvFiles.userEnvFile(os, process);
    Map<String, String> userValues = userFile.map(GoEnvResolver::read).orElse(Map.of());
    // cmd/go's findGOROOT: the user file's GOROOT, else the process GOROOT, else its own.
    String goroot =
        nonEmpty(userValues.get("GOROOT"))
            .or(() -> nonEmpty(process.get("GOROOT")))
            .or(facts::goRoot)
            .orElse("");
    if (goroot.isEmpty()) {
      return new GoFiles(userFile, userValues, "$GOROOT/go.env", Map.of());
    }
    String goEnv = PathRules.join(os, goroot, "go.env");
    Map<String, String> values;
    try {
      values = GoEnvFiles.readGoRootEnv(Path.of(goroot));
    } catch (InvalidPathException e) {
      values = Map.of();
    }
    return new GoFiles(userFile, userValues, goEnv, values);
  }

  private static Map<String, String> read(String file) {
    try {
      return GoEnvFiles.read(Path.of(file));
    } catch (InvalidPathException e) {
      return Map.of();
    }
  }

  private static Optional<String> nonEmpty(String s) {
    return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /**
   * Looks commands up on this machine's file system, in the PATH of the given environment.
   *
   * @param command the command
   * @param env the environment
   * @return true when an executable file of that name is in a PATH directory
   */
  public static boolean onLocalPath(String command, Map<String, String> env) {
    String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
    boolean windows = File.separatorChar == '\\';
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      for (String name : windows ? List.of(command + ".exe", command) : List.of(command)) {
        try {
          Path p = Path.of(dir, name);
          if (Files.isRegularFile(p) && Files.isExecutable(p)) {
            return true;
          }
        } catch (InvalidPathException e) {
          // A PATH entry that is not a path cannot hold the compiler.
        }
      }
    }
    return false;
  }
}
