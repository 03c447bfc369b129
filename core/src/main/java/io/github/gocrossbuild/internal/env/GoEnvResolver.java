package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvConsumer;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.ToolchainFacts;
import io.github.gocrossbuild.spi.FileView;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    GoFiles f = files.orElseGet(() -> readFiles(FileView.local(), os, process, facts));
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
   * Resolves a consumer's environment on the machine a file view shows: the go env files are read
   * there, and commands are looked up in its PATH.
   *
   * @param consumer who runs go
   * @param processLayers the bindings that build the process environment, lowest first
   * @param facts the toolchain (on that machine)
   * @param files that machine's files
   * @return the environment, without findings
   */
  public static ResolvedEnv resolve(
      EnvConsumer consumer, List<EnvBinding> processLayers, ToolchainFacts facts, FileView files) {
    if (files == FileView.local()) {
      return resolve(
          consumer, processLayers, facts, Optional.empty(), lookup(files), Optional.empty());
    }
    Map<String, String> process =
        ResolvedEnv.of(consumer, processLayers, List.of()).processEnvironment();
    GoFiles read = readFiles(files, facts.hostTarget().goos(), process, facts);
    return resolve(
        consumer, processLayers, facts, Optional.of(read), lookup(files), Optional.empty());
  }

  /**
   * Reads the go env files the way go would with a process environment, on the machine a view
   * shows.
   *
   * @param files that machine's files
   * @param os the OS go runs on
   * @param process the process environment
   * @param facts the toolchain (its GOROOT when nothing overrides it)
   * @return the files
   */
  static GoFiles readFiles(
      FileView files, GoOs os, Map<String, String> process, ToolchainFacts facts) {
    Optional<String> userFile = GoEnvFiles.userEnvFile(os, process);
    Map<String, String> userValues = userFile.map(f -> GoEnvFiles.read(files, f)).orElse(Map.of());
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
    Map<String, String> values = new LinkedHashMap<>(GoEnvFiles.read(files, goEnv));
    values.remove("GOROOT");
    return new GoFiles(userFile, userValues, goEnv, values);
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
    boolean windows = File.separatorChar == '\\';
    return onPath(FileView.local(), windows, File.pathSeparator, command, env);
  }

  /**
   * Looks commands up in the PATH of a POSIX machine a file view shows (an SSH host).
   *
   * @param files that machine's files
   * @return the lookup
   */
  public static GoDefaults.CommandLookup onPosixPath(FileView files) {
    return (command, env) -> onPath(files, false, ":", command, env);
  }

  /**
   * Looks commands up where a file view shows: this machine's way for the local view, else a POSIX
   * PATH search on the remote machine.
   *
   * @param files the machine's files
   * @return the lookup
   */
  public static GoDefaults.CommandLookup lookup(FileView files) {
    return files == FileView.local() ? GoEnvResolver::onLocalPath : onPosixPath(files);
  }

  private static boolean onPath(
      FileView files, boolean windows, String separator, String command, Map<String, String> env) {
    String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
    for (String dir : path.split(separator)) {
      if (dir.isEmpty()) {
        continue;
      }
      for (String name : windows ? List.of(command + ".exe", command) : List.of(command)) {
        if (files.isExecutable(dir + (windows ? "\\" : "/") + name)) {
          return true;
        }
      }
    }
    return false;
  }
}
