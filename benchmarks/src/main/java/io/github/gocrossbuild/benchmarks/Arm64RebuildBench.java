package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.ssh.Arm64Root;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.Sshd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Remote builds on the native ARM64 host of the ssh tests ({@link Arm64Root}: a Debian arm64
 * userland under qemu-user, reached through a chrooted sshd on 127.0.0.1): the cold build of a
 * small module with an empty {@code GOCACHE} (the standard library compiles, emulated), then warm
 * rebuilds of unchanged sources, in pairs of alternating order, against {@code ssh host 'cd dir &&
 * go build ...' && scp} with the host's own arm64 Go (goal: ratio ≤ 0.7). Every figure is an
 * emulation figure: a real ARM64 server compiles several times faster.
 *
 * <p>Run: {@code mvn -q -o -pl benchmarks exec:java -Dexec.args=arm64} after {@code
 * .ci/arm64-host.sh}.
 */
public final class Arm64RebuildBench {
  private Arm64RebuildBench() {}

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
      // Pairs in alternating order: the emulated go dominates both sides and the machine's load
      // drifts, so each pair meets the same load.
      double[] lib = new double[rounds];
      double[] openssh = new double[rounds];
      RemoteRebuildBench.Steps warm = null;
      for (int i = 0; i < rounds; i++) {
        if (i % 2 == 1) {
          openssh[i] = RemoteRebuildBench.sshBuildAndScp(sshd, src, scpOut, go);
        }
        warm = RemoteRebuildBench.build(host, small, out);
        lib[i] = warm.total();
        if (i % 2 == 0) {
          openssh[i] = RemoteRebuildBench.sshBuildAndScp(sshd, src, scpOut, go);
        }
      }
      warm.print("ARM64 host: warm rebuild (last of " + rounds + ")");
      double[] pairs = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        pairs[i] = lib[i] / openssh[i];
      }
      System.out.printf(
          "RATIO ARM64 host warm rebuild library/openssh, median of %d pair ratios: %.2f%n",
          rounds, RemoteRebuildBench.median(pairs));
      double l = RemoteRebuildBench.median(lib);
      double o = RemoteRebuildBench.median(openssh);
      RemoteRebuildBench.print("ARM64 host: warm rebuild, library, median of " + rounds, l, "ms");
      RemoteRebuildBench.print(
          "ARM64 host: warm rebuild, ssh 'cd dir && go build' && scp, median of " + rounds,
          o,
          "ms");
      System.out.printf(
          "RATIO ARM64 host warm rebuild library/openssh: %.2f (goal <= 0.7)%n", l / o);
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
