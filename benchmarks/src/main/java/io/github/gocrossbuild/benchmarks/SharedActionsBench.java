package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.Sshd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A fresh SSH host (an empty {@code GOCACHE}, Go 1.24) building {@code linux/arm64} of the example
 * module {@code hello-service}, which this machine has built into the build cache: through Go's
 * action cache shared over the connection ({@code GOCACHEPROG} and a remote port forward) against
 * the same fresh host without it (goal: at least 5 times faster). The host is a throwaway sshd on
 * 127.0.0.1 (the ssh module's test fixture); every build gets a new empty {@code GOCACHE}, so each
 * measures a first build. The build cache's whole-result entries are deleted before each shared
 * build (its key names the toolchain, not the host, so the host would get this machine's binary
 * without running go): go runs on the host and finds its actions in the shared cache. Each round
 * has two shared builds: one after deleting the objects the bridge keeps on the host (every byte is
 * sent), then one with them (a new GOCACHE on a host GoCrossBuild has built on before). The first
 * shared build on the host also builds the bridge program there (once per host and Go version, with
 * that empty {@code GOCACHE}), so it is reported on its own; the ratio is over the later rounds.
 * Run: {@code mvn -q -pl benchmarks exec:java -Dexec.args=actions}; needs openssh-server and Debian
 * 13's Go 1.24 unpacked by {@code .ci/install.sh}.
 */
public final class SharedActionsBench {
  private SharedActionsBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: rounds (default 4; the first is reported on its own)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    Path go =
        Path.of(
            Optional.ofNullable(System.getenv("GOCROSSBUILD_TRIXIE"))
                .orElse("/opt/gocrossbuild/trixie"),
            "root/usr/lib/go-1.24/bin/go");
    Sshd.requireTool(Sshd.SSHD, "openssh-server");
    Sshd.requireTool(go, "golang-1.24-go (Debian 13, unpacked by .ci/install.sh)");
    Path module = ExampleModules.path("hello-service");
    Path tmp = Files.createTempDirectory("bench-actions");
    Path cache = tmp.resolve("cache");
    try (Sshd sshd = Sshd.start(tmp.resolve("sshd"));
        SshBuildHost host = SshBuildHost.connect(sshd.hostBuilder().build())) {
      BuildResult local =
          builder(module, go, tmp, "local", local(go)).cache(BuildCache.directory(cache)).run();
      System.out.printf(
          "this machine's cold build into the cache: %d ms%n", local.duration().toMillis());
      double[] without = new double[rounds];
      double[] with = new double[rounds];
      double[] bare = new double[rounds];
      Path objects = tmp.resolve("sshd/remote-cache/cacheprog/objects");
      for (int i = 0; i < rounds; i++) {
        without[i] = ms(builder(module, go, tmp, "without-" + i, host).run());
        Sshd.run(List.of("rm", "-rf", objects.toString()));
        bare[i] = shared(module, go, tmp, "bare-" + i, host, cache);
        with[i] = shared(module, go, tmp, "with-" + i, host, cache);
        System.out.printf(
            "round %d: fresh host without %.0f ms, with the shared action cache %.0f ms (%.0f ms"
                + " when the host holds none of its objects yet)%n",
            i + 1, without[i], with[i], bare[i]);
      }
      double a = median(without);
      double b = median(Arrays.copyOfRange(with, 1, rounds));
      System.out.printf(
          "first shared build on the host (the bridge is built there first): without/with %.1f%n",
          without[0] / bare[0]);
      System.out.printf(
          "RATIO fresh GOCACHE on an SSH host, Go 1.24, linux/arm64: without/with the shared"
              + " action cache, the host holding the objects of its earlier builds %.1f (goal >= 5; medians %.0f ms of %d / %.0f ms of rounds 2-%d)%n",
          a / b, a, rounds, b, rounds);
      double c = median(Arrays.copyOfRange(bare, 1, rounds));
      System.out.printf(
          "RATIO the same, the host holding none of the objects yet (all bytes sent): %.1f (medians"
              + " %.0f ms / %.0f ms of rounds 2-%d)%n",
          a / c, a, c, rounds);
    } finally {
      Sshd.run(List.of("rm", "-rf", tmp.toString()));
    }
  }

  private static GoCrossBuilder builder(
      Path module, Path go, Path tmp, String name, BuildHost host) {
    return GoCrossBuild.target("linux/arm64")
        .noCgo()
        .buildvcs(false)
        .moduleDir(module)
        .outputDir(tmp.resolve("out-" + name))
        .goCommand(go)
        .env("GOCACHE", tmp.resolve("gocache-" + name).toString())
        .on(host);
  }

  /** One build through the shared action cache, after {@link #forgetResults}. */
  private static double shared(
      Path module, Path go, Path tmp, String name, BuildHost host, Path cache) throws IOException {
    forgetResults(cache);
    BuildResult r = builder(module, go, tmp, name, host).cache(BuildCache.directory(cache)).run();
    if (r.warnings().stream().anyMatch(w -> w.kind() == WarningId.CACHE_NO_GOCACHEPROG)) {
      throw new IllegalStateException("the action cache was not shared: " + r.warnings());
    }
    if (r.fromCache()) {
      throw new IllegalStateException("the build was a hit of the whole result, not go's");
    }
    return ms(r);
  }

  /**
   * Deletes the build cache's whole-result entries and keeps Go's action cache ({@code
   * go-actions}): the key of a result names the toolchain, not the host, so the host would
   * otherwise get this machine's binary without running go at all.
   */
  private static void forgetResults(Path cache) throws IOException {
    try (Stream<Path> entries = Files.list(cache)) {
      for (Path p :
          entries.filter(p -> !p.getFileName().toString().equals("go-actions")).toList()) {
        Sshd.run(List.of("rm", "-rf", p.toString()));
      }
    }
  }

  private static BuildHost local(Path go) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("PATH", go.getParent() + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("GOTOOLCHAIN", "local");
    return BuildHosts.local(env);
  }

  private static double ms(BuildResult r) {
    return r.duration().toNanos() / 1e6;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
