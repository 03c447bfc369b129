package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.internal.Platforms;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks a local toolchain the default of each architecture variant (one {@code go env} per
 * architecture family, cached per binary), for {@code ToolchainFacts.detect} and the build
 * environment.
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

  /** What the variant defaults depend on. */
  private record Probe(String go, long modified) {}

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
    long modified;
    try {
      modified = Files.getLastModifiedTime(Path.of(go)).toMillis();
    } catch (IOException | RuntimeException e) {
      modified = 0;
    }
    return DEFAULTS.get(new Probe(go, modified), probe -> ask(go, processEnv));
  }

  private static Map<String, String> ask(String g, Map<String, String> processEnv) {
    Map<String, String> env = new HashMap<>();
    for (String name : KEPT) {
      if (processEnv.containsKey(name)) {
        env.put(name, processEnv.get(name));
      }
    }
    env.put("GOENV", "off");
    env.put("GOTOOLCHAIN", "local");
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
                        Path.of(System.getProperty("java.io.tmpdir")),
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
