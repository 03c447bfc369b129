package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.ssh.Arm64Root;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.Sshd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Remote builds on the native ARM64 host of the ssh tests ({@link Arm64Root}: a Debian arm64
 * userland under qemu-user, reached through a chrooted sshd on 127.0.0.1): the cold build of a
 * small module with an empty {@code GOCACHE} (the standard library compiles, emulated), then warm
 * rebuilds of unchanged sources, in pairs of alternating order, against {@code ssh host 'cd dir &&
 * go build ...' && scp} with the host's own arm64 Go (goal: ratio ≤ 0.7), first without a build
 * cache (both sides run the emulated go), then with {@code cache(BuildCache.directory(...))}, where
 * an unchanged rebuild is a hit that runs no go on the host. Every figure is an emulation figure: a
 * real ARM64 server compiles several times faster.
 *
 * <p>Run: {@code mvn -q -o -pl benchmarks exec:java -Dexec.args=arm64} after {@code
 * .ci/arm64-host.sh}.
 */
public final class Arm64RebuildBench {
  private Arm64RebuildBench() {}

  /**
   * Times the library against OpenSSH in pairs of alternating order (the emulated go dominates both
   * sides and the machine's load drifts, so each pair meets the same load) and prints the medians
   * and the median of the pair ratios (goal ≤ 0.7).
   */
  private static void pairs(String what, int rounds, DoubleSupplier library, DoubleSupplier ssh) {
    double[] lib = new double[rounds];
    double[] openssh = new double[rounds];
    double[] ratios = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      if (i % 2 == 1) {
        openssh[i] = ssh.getAsDouble();
      }
      lib[i] = library.getAsDouble();
      if (i % 2 == 0) {
        openssh[i] = ssh.getAsDouble();
      }
      ratios[i] = lib[i] / openssh[i];
    }
    double l = RemoteRebuildBench.median(lib);
    double o = RemoteRebuildBench.median(openssh);
    RemoteRebuildBench.print(what + ", library, median of " + rounds, l, "ms");
    RemoteRebuildBench.print(
        what + ", ssh 'cd dir && go build' && scp, median of " + rounds, o, "ms");
    System.out.printf(
        "RATIO %s library/openssh: median of %d pair ratios %.3f, ratio of medians %.3f (goal <="
            + " 0.7)%n",
        what, rounds, RemoteRebuildBench.median(ratios), l / o);
  }

  /** Times one build through the cache, checking that it was a hit or a miss as expected. */
  private static double cached(
      SshBuildHost host, Path module, Path out, BuildCache cache, boolean hit) {
    long t0 = System.nanoTime();
    BuildResult r =
        GoCrossBuild.target(GoOs.LINUX, GoArch.ARM64)
            .noCgo()
            .moduleDir(module)
            .outputDir(out)
            .on(host)
            .cache(cache)
            .run();
    double ms = RemoteRebuildBench.ms(t0);
    // The host's Go 1.23 has no GOCACHEPROG: that warning comes with every cached build of it.
    boolean warned =
        r.warnings().stream().anyMatch(w -> w.kind() != WarningId.CACHE_NO_GOCACHEPROG);
    if (r.fromCache() != hit || warned) {
      throw new IllegalStateException(
          String.format(
              "expected %s, got fromCache=%s %s",
              hit ? "a hit" : "a miss", r.fromCache(), r.warnings()));
    }
    return ms;
  }

  /**
   * Runs the benchmark.
   *
   * @param args optional: rounds of warm rebuilds (default 10), then {@code nocold} to skip the
   *     cold build
   * @throws Exception when a step fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    boolean cold = !List.of(args).contains("nocold");
    Arm64Root.require();
    Path tmp = Files.createTempDirectory("gcb-arm64-bench");
    String coldCache = "/tmp/gcb-bench-cold-cache-" + tmp.getFileName();
    try (Sshd sshd = Arm64Root.start(tmp.resolve("sshd"));
        SshBuildHost host = SshBuildHost.connect(sshd.hostBuilder().build())) {
      Path small = RemoteRebuildBench.smallModule(tmp.resolve("small"));
      Path out = tmp.resolve("out");
      if (cold) {
        long t0 = System.nanoTime();
        GoCrossBuild.target(GoOs.LINUX, GoArch.ARM64)
            .noCgo()
            .moduleDir(small)
            .outputDir(tmp.resolve("cold-out"))
            .env("GOCACHE", coldCache)
            .on(host)
            .run();
        RemoteRebuildBench.print(
            "ARM64 host: cold build, empty GOCACHE (std library compiled under qemu-user)",
            RemoteRebuildBench.ms(t0) / 1000,
            "s");
      }
      RemoteRebuildBench.build(host, small, out).print("ARM64 host: first build, shared GOCACHE");
      String src = host.lastSync().orElseThrow().remoteDir();
      String go = Arm64Root.GO_BIN + "/go";
      Path scpOut = tmp.resolve("scp-out");
      RemoteRebuildBench.sshBuildAndScp(sshd, src, scpOut, go);
      DoubleSupplier openssh = () -> RemoteRebuildBench.sshBuildAndScp(sshd, src, scpOut, go);
      RemoteRebuildBench.Steps[] warm = {null};
      pairs(
          "ARM64 host warm rebuild",
          rounds,
          () -> {
            warm[0] = RemoteRebuildBench.build(host, small, out);
            return warm[0].total();
          },
          openssh);
      warm[0].print("ARM64 host: warm rebuild (last of " + rounds + ")");
      // The same with the build cache: the first build stores, every warm one is a hit that runs
      // no go on the host (issue 25 meeting issue 21's goal).
      BuildCache cache = BuildCache.directory(tmp.resolve("cache"));
      Path cachedOut = tmp.resolve("cached-out");
      RemoteRebuildBench.print(
          "ARM64 host: first build with the cache (a miss that stores)",
          cached(host, small, cachedOut, cache, false),
          "ms");
      pairs(
          "ARM64 host warm rebuild with the build cache",
          rounds,
          () -> cached(host, small, cachedOut, cache, true),
          openssh);
    } finally {
      Sshd.run(
          List.of(
              "rm",
              "-rf",
              tmp.toString(),
              Arm64Root.onHost(coldCache).toString(),
              Arm64Root.onHost("/tmp/gcb-bench-out").toString()));
    }
  }
}
