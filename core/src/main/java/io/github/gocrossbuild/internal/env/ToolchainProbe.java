package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.internal.Platforms;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.spi.TargetTable;
import io.github.gocrossbuild.spi.Toolchain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks a local toolchain what only it can tell, cached per binary: the default of each architecture
 * variant (one {@code go env} per architecture family), for {@code ToolchainFacts.detect} and the
 * build environment; and the targets it builds ({@code go tool dist list -broken -json}), for the
 * local host's {@code targetTable}.
 */
public final class ToolchainProbe {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** The variables of the process environment that {@code go env} is run with; the rest is not. */
  private static final List<String> KEPT =
      List.of(
          "HOME",
          "PATH",
          "USERPROFILE",
          "LOCALAPPDATA",
          "APPDATA",
          "SystemRoot",
          "TMP",
          "TEMP",
          "TMPDIR");

  /**
   * Variant defaults keyed on {@link Probe}: the go command and its modification time (an upgrade
   * in place is asked again). They are how that binary was built; with {@code GOENV=off} the {@link
   * #KEPT} variables only let it run, so they are not part of the key.
   */
  private static final BoundedCache<Probe, Map<String, String>> DEFAULTS =
      BoundedCache.create("ToolchainProbe.variantDefaults", 16);

  /**
   * Target tables keyed on {@link Probe}, like the variant defaults: the table is compiled into the
   * toolchain's {@code cmd/dist}, so the binary and its modification time are all it depends on.
   */
  private static final BoundedCache<Probe, Optional<TargetTable>> TABLES =
      BoundedCache.create("ToolchainProbe.targetTables", 16);

  /** What a binary's answers depend on. */
  private record Probe(String go, long modified) {

    static Probe of(String go) {
      long modified;
      try {
        modified = Files.getLastModifiedTime(Path.of(go)).toMillis();
      } catch (IOException | RuntimeException e) {
        modified = 0;
      }
      return new Probe(go, modified);
    }
  }

  /**
   * The arguments after {@code go} that print a toolchain's target table, broken ports included (Go
   * 1.24 lists {@code windows/arm} only there); the SSH host runs the same.
   */
  public static final List<String> TARGET_TABLE_ARGS =
      List.of("tool", "dist", "list", "-broken", "-json");

  /**
   * One architecture per variant variable, the first in {@link GoArch} order that linux supports:
   * {@code go env} reports the variable only for it (GOWASM has none, so it is not asked).
   */
  static final Map<String, String> ARCH_OF = probeArches();

  private ToolchainProbe() {}

  private static Map<String, String> probeArches() {
    Map<String, String> out = new LinkedHashMap<>();
    for (GoArch arch : GoArch.values()) {
      if (Platforms.isSupported(GoOs.LINUX, arch)) {
        arch.variantVariable().ifPresent(v -> out.putIfAbsent(v, arch.goName()));
      }
    }
    return Map.copyOf(out);
  }

  /**
   * Asks a local {@code go} for its variant defaults with a neutral environment.
   *
   * @param go the go command
   * @param processEnv where HOME and PATH come from
   * @return variable to default; variables it would not tell are left out
   */
  public static Map<String, String> variantDefaults(String go, Map<String, String> processEnv) {
    return DEFAULTS.get(Probe.of(go), probe -> ask(go, processEnv));
  }

  /**
   * Asks a local toolchain which targets it builds, with a neutral environment.
   *
   * @param toolchain the toolchain
   * @param processEnv where HOME and PATH come from
   * @return its table; empty when {@code go tool dist list} fails or prints no JSON array (the
   *     library then falls back to the pairs Go 1.21 to 1.24 list)
   */
  public static Optional<TargetTable> targetTable(
      Toolchain toolchain, Map<String, String> processEnv) {
    String go = toolchain.goCommand();
    return TABLES.get(
        Probe.of(go),
        probe -> {
          List<String> argv = new ArrayList<>();
          argv.add(go);
          argv.addAll(TARGET_TABLE_ARGS);
          try {
            ProcessRunner.Result r =
                ProcessRunner.run(
                    argv, tmp(), neutral(processEnv), Optional.of(TIMEOUT), line -> {});
            return r.exitCode() == 0
                ? Optional.of(TargetTable.parse(toolchain.goVersion(), r.output()))
                : Optional.empty();
          } catch (RuntimeException e) {
            return Optional.empty();
          }
        });
  }

  private static Path tmp() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }

  private static Map<String, String> neutral(Map<String, String> processEnv) {
    Map<String, String> env = new HashMap<>();
    for (String name : KEPT) {
      if (processEnv.containsKey(name)) {
        env.put(name, processEnv.get(name));
      }
    }
    env.put("GOENV", "off");
    env.put("GOTOOLCHAIN", "local");
    return env;
  }

  private static Map<String, String> ask(String g, Map<String, String> processEnv) {
    Map<String, String> env = neutral(processEnv);
    env.put("GOOS", "linux");
    // Eight short-lived processes: asked at once they take about half as long on two cores.
    Map<String, String> found = new ConcurrentHashMap<>();
    AtomicBoolean failed = new AtomicBoolean();
    ARCH_OF.entrySet().parallelStream()
        .forEach(
            e -> {
              Map<String, String> archEnv = new HashMap<>(env);
              archEnv.put("GOARCH", e.getValue());
              try {
                ProcessRunner.Result r =
                    ProcessRunner.run(
                        List.of(g, "env", e.getKey()),
                        tmp(),
                        archEnv,
                        Optional.of(TIMEOUT),
                        l -> {});
                String value = r.output().strip();
                if (r.exitCode() == 0 && !value.isEmpty() && !value.contains("\n")) {
                  found.put(e.getKey(), value);
                }
              } catch (UncheckedIOException ex) {
                failed.set(true);
              }
            });
    return failed.get() ? Map.of() : Map.copyOf(found);
  }
}
