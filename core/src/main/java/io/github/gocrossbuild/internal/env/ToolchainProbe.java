package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.internal.Platforms;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import java.io.UncheckedIOException;
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
  private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

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
    return CACHE.computeIfAbsent(
        go,
        g -> {
          Map<String, String> out = new HashMap<>();
          Map<String, String> env = new HashMap<>();
          for (String keep :
              List.of(
                  "HOME",
                  "PATH",
                  "USERPROFILE",
                  "LOCALAPPDATA",
                  "APPDATA",
                  "SystemRoot",
                  "TMP",
                  "TEMP",
                  "TMPDIR")) {
            if (processEnv.containsKey(keep)) {
              env.put(keep, processEnv.get(keep));
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
          if (failed.get()) {
            return Map.of();
          }
          out.putAll(found);
          return Map.copyOf(out);
        });
  }
}
