package io.github.gocrossbuild.internal.cacheprog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.spi.GoCacheProgram;
import io.github.gocrossbuild.testing.GoInstalls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bridge with pushes, end to end with Go 1.24: a build through the server records its warm set,
 * then a build on a "fresh host" (a new {@code GOCACHE} and an empty bridge directory, the bridge
 * in its remote mode) gets the recorded outputs pushed, compiles nothing, and writes the same
 * binary as a build without any shared cache.
 */
class BridgePushTest {
  private static final String KEY = "cd".repeat(32);

  @TempDir Path tmp;

  private static String run(Path dir, Map<String, String> env, String... argv)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(text).isZero();
    return text;
  }

  private Map<String, String> env(Path go, String gocache) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", go.getParent() + ":/usr/bin:/bin");
    env.put("HOME", tmp.toString());
    env.put("GOTOOLCHAIN", "local");
    env.put("GOFLAGS", "-mod=mod");
    env.put("CGO_ENABLED", "0");
    env.put("GOCACHE", tmp.resolve(gocache).toString());
    return env;
  }

  /** Builds the module into {@code out-<name>}; returns go's {@code -x} output. */
  private String build(Path go, Path module, String name, Map<String, String> extra)
      throws IOException, InterruptedException {
    Map<String, String> env = env(go, "gocache-" + name);
    env.putAll(extra);
    String out = tmp.resolve("out-" + name).toString();
    return run(module, env, go.toString(), "build", "-x", "-trimpath", "-o", out, ".");
  }

  private static long compiles(String x) {
    return x.lines().filter(l -> l.matches(".*/compile -o .*")).count();
  }

  private static long files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("o-"))
          .filter(p -> p.toFile().length() > 0)
          .count();
    }
  }

  @Test
  void shouldPushAFreshBridgeTheRecordedOutputsAndBuildTheSameBinary() throws Exception {
    Path go = GoInstalls.go("1.24");
    Path module = GoToolchainFixture.copyModule("hello", tmp);
    Path src = Files.createDirectories(tmp.resolve("bridge-src"));
    Files.writeString(src.resolve("main.go"), BridgeSource.text());
    Files.writeString(src.resolve("go.mod"), "module gocrossbuild.invalid/cacheprog\n\ngo 1.21\n");
    Path bridge = tmp.resolve("bridge");
    run(src, env(go, "gocache-bridge"), go.toString(), "build", "-o", bridge.toString(), ".");
    Path actions = tmp.resolve("actions");
    Path hostDir = tmp.resolve("host-objects");

    String plain = build(go, module, "plain", Map.of());
    try (CacheProgServer server =
        new CacheProgServer(
            new DirectoryActionStore(actions),
            Optional.of(WarmSet.of(actions, KEY, true)),
            CacheProgServer.MAX_BODY)) {
      GoCacheProgram program =
          GoCacheProgram.builder()
              .port(server.port())
              .token(server.token())
              .source(BridgeSource.text())
              .build();
      String address = "127.0.0.1:" + server.port();
      String local =
          build(
              go,
              module,
              "local",
              program.environment(bridge.toString(), address, Optional.empty()));
      String fresh =
          build(
              go,
              module,
              "fresh",
              program.environment(bridge.toString(), address, Optional.of(hostDir.toString())));

      assertThat(compiles(plain)).isGreaterThan(20);
      assertThat(compiles(local)).isEqualTo(compiles(plain));
      assertThat(WarmSet.of(actions, KEY, true).actions()).hasSizeGreaterThan(20);
      assertThat(compiles(fresh)).isZero();
      assertThat(Files.readAllBytes(tmp.resolve("out-fresh")))
          .isEqualTo(Files.readAllBytes(tmp.resolve("out-plain")));
      List<ProgSession.Sent> sent = server.finished();
      assertThat(sent).hasSize(2);
      assertThat(sent.get(0)).isEqualTo(new ProgSession.Sent(0, 0, 0));
      // Every output the fresh host holds arrived once: pushed before it was asked for, or (when
      // go asked first) as the body of the hit; the pushed ones' hits were Held.
      assertThat(sent.get(1).pushed()).isPositive();
      assertThat(sent.get(1).held()).isPositive();
      assertThat(sent.get(1).pushed() + sent.get(1).bodies()).isEqualTo(files(hostDir));
    }
  }
}
