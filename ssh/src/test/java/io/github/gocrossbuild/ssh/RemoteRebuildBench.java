package io.github.gocrossbuild.ssh;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoOs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark behind {@code ssh/bench/remote-rebuild.sh}: warm rebuilds of unchanged sources through
 * the library against {@code ssh host 'cd dir && go build ...' && scp} with OpenSSH, and bytes sent
 * after a one-file change against {@code rsync -az}. Prints one line per measurement.
 */
public final class RemoteRebuildBench {
  private RemoteRebuildBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code [rounds]}
   * @throws Exception when a step fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Path tmp = Files.createTempDirectory("gcb-bench");
    Path module = TestModules.copyHello(tmp);
    try (Sshd sshd = Sshd.start(tmp.resolve("sshd"))) {
      long t0 = System.nanoTime();
      SshBuildHost host = SshBuildHost.connect(sshd.hostBuilder().build());
      System.out.printf("connect (tcp+kex+auth), first in this JVM: %.1f ms%n", ms(t0));
      t0 = System.nanoTime();
      SshBuildHost.connect(sshd.hostBuilder().build()).close();
      System.out.printf("connect (tcp+kex+auth), warm JVM: %.1f ms%n", ms(t0));
      t0 = System.nanoTime();
      host.platform();
      System.out.printf("first probe round trip (host facts): %.1f ms%n", ms(t0));
      Path out = tmp.resolve("out");
      t0 = System.nanoTime();
      build(host, module, out);
      System.out.printf("first build (sync all + build + download): %.1f ms%n", ms(t0));
      double[] lib = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        t0 = System.nanoTime();
        build(host, module, out);
        lib[i] = ms(t0);
      }
      String src = host.lastSync().orElseThrow().remoteDir();
      List<String> ssh = List.of("ssh", "-i", sshd.userKey().toString(), "-p",
          String.valueOf(sshd.port()), "-o", "UserKnownHostsFile=" + sshd.knownHosts(),
          "-o", "BatchMode=yes", "root@127.0.0.1");
      String remoteCmd = "cd " + src + " && GOOS=linux GOARCH=arm64 CGO_ENABLED=0"
          + " /usr/lib/go-1.23/bin/go build -trimpath '-ldflags=-s -w' -o /tmp/gcb-bench-out .";
      double[] openssh = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        t0 = System.nanoTime();
        List<String> cmd = new ArrayList<>(ssh);
        cmd.add(remoteCmd);
        Sshd.run(cmd);
        Sshd.run(List.of("scp", "-q", "-i", sshd.userKey().toString(), "-P",
            String.valueOf(sshd.port()), "-o", "UserKnownHostsFile=" + sshd.knownHosts(),
            "root@127.0.0.1:/tmp/gcb-bench-out", tmp.resolve("scp-out").toString()));
        openssh[i] = ms(t0);
      }
      double l = median(lib);
      double o = median(openssh);
      System.out.printf("warm rebuild, library (median of %d): %.1f ms%n", rounds, l);
      System.out.printf("warm rebuild, ssh 'go build' && scp (median of %d): %.1f ms%n",
          rounds, o);
      System.out.printf("ratio library/openssh: %.2f%n", l / o);

      Files.writeString(module.resolve("main.go"), "\n// bench change\n",
          StandardOpenOption.APPEND);
      SyncReport r = host.sync(module);
      System.out.printf("one-file change, library: %d file(s), %d content bytes, %.1f ms%n",
          r.filesSent(), r.bytesSent(), r.duration().toNanos() / 1e6);
      if (Files.isExecutable(Path.of("/usr/bin/rsync"))) {
        Path mirror = tmp.resolve("rsync-mirror");
        String e = "ssh -i " + sshd.userKey() + " -p " + sshd.port() + " -o UserKnownHostsFile="
            + sshd.knownHosts() + " -o BatchMode=yes";
        Files.writeString(module.resolve("main.go"), "\n// bench change 2\n",
            StandardOpenOption.APPEND);
        Sshd.run(List.of("rsync", "-az", "-e", e, module + "/", "root@127.0.0.1:" + mirror));
        Files.writeString(module.resolve("main.go"), "\n// bench change 3\n",
            StandardOpenOption.APPEND);
        String stats = Sshd.run(List.of("rsync", "-az", "--stats", "-e", e, module + "/",
            "root@127.0.0.1:" + mirror));
        r = host.sync(module);
        String sent = Arrays.stream(stats.split("\n"))
            .filter(s -> s.startsWith("Total bytes sent") || s.startsWith("Literal data"))
            .reduce((a, b) -> a + "; " + b).orElse("?");
        System.out.printf("one-file change, rsync -az: %s (library: %d content bytes)%n",
            sent, r.bytesSent());
      }
      host.close();
    } finally {
      Sshd.run(List.of("rm", "-rf", tmp.toString()));
    }
  }

  private static void build(SshBuildHost host, Path module, Path out) {
    GoCrossBuild.target(GoOs.LINUX, GoArch.ARM64).noCgo().moduleDir(module).outputDir(out)
        .on(host).run();
  }

  private static double ms(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
