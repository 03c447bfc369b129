package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.Sshd;
import io.github.gocrossbuild.ssh.SyncReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Remote builds over SSH against OpenSSH's own tools, in one run against a throwaway sshd on
 * 127.0.0.1 (the ssh module's test fixture): connection setup, per-step timings of a build (sync,
 * remote go build, download, verify), a warm rebuild of unchanged sources against {@code ssh host
 * 'cd dir && go build ...' && scp} (goal: ratio ≤ 1.3), and the bytes sent after a one-file change
 * against {@code rsync -az} over ssh (goal: ratio ≤ 1.1), for a 1,000-file module and a small one.
 *
 * <p>The library's bytes are counted on its TCP socket (SSH framing, MACs and padding included),
 * rsync's are its own {@code --stats} "Total bytes sent" (its protocol stream, before ssh adds the
 * same kind of overhead), so the comparison is tilted against the library. rsync is installed with
 * {@code apt-get install -y rsync} when missing; the tests never need it.
 *
 * <p>Run: {@code mvn -q -o install -DskipTests && mvn -q -o -pl benchmarks exec:java
 * -Dexec.args=ssh}; needs openssh-server and golang-1.23-go (.ci/install.sh).
 */
public final class RemoteRebuildBench {
  private RemoteRebuildBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: rounds of warm rebuilds (default 10)
   * @throws Exception when a step fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Sshd.requireTool(Sshd.SSHD, "openssh-server");
    Sshd.requireTool(Sshd.GO, "golang-1.23-go");
    boolean rsync = ensureRsync();
    Path tmp = Files.createTempDirectory("gcb-ssh-bench");
    try (Sshd sshd = Sshd.start(tmp.resolve("sshd"))) {
      long t0 = System.nanoTime();
      SshBuildHost.connect(sshd.hostBuilder().build()).close();
      print("connect (tcp+kex+auth), cold JVM", ms(t0), "ms");
      t0 = System.nanoTime();
      try (SshBuildHost host = SshBuildHost.connect(sshd.hostBuilder().build())) {
        print("connect (tcp+kex+auth), warm JVM", ms(t0), "ms");
        t0 = System.nanoTime();
        host.platform();
        print("first round trip (host facts)", ms(t0), "ms");

        Path small = smallModule(tmp.resolve("small"));
        Path out = tmp.resolve("out");
        Steps first = build(host, small, out);
        first.print("first build");
        Steps warm = null;
        double[] lib = new double[rounds];
        for (int i = 0; i < rounds; i++) {
          warm = build(host, small, out);
          lib[i] = warm.total;
        }
        warm.print("warm rebuild (last of " + rounds + ")");
        double[] openssh = new double[rounds];
        String src = host.lastSync().orElseThrow().remoteDir();
        for (int i = 0; i < rounds; i++) {
          openssh[i] = sshBuildAndScp(sshd, src, tmp.resolve("scp-out"));
        }
        double l = median(lib);
        double o = median(openssh);
        print("warm rebuild, library, median of " + rounds, l, "ms");
        print("warm rebuild, ssh 'cd dir && go build' && scp, median of " + rounds, o, "ms");
        System.out.printf("RATIO warm rebuild library/openssh: %.2f (goal <= 1.3)%n", l / o);

        bytes(host, sshd, small, "main.go", tmp.resolve("mirror-small"), rsync, "small module");
        Path large = largeModule(tmp.resolve("large"), 1000);
        bytes(
            host,
            sshd,
            large,
            "pkg7/file507.go",
            tmp.resolve("mirror-large"),
            rsync,
            "1,000-file module");
      }
    } finally {
      Sshd.run(List.of("rm", "-rf", tmp.toString()));
    }
  }

  /** Timings of one build, split by the library's own events. */
  record Steps(double total, double sync, double build, double download, double verify) {
    void print(String what) {
      System.out.printf(
          "%s: %.1f ms = sync %.1f + remote go build %.1f + download %.1f"
              + " + verify/prove %.1f (+ rest)%n",
          what, total, sync, build, download, verify);
    }
  }

  static Steps build(SshBuildHost host, Path module, Path out) {
    long[] at = new long[4]; // started, download started, download done, artifact written
    long t0 = System.nanoTime();
    GoCrossBuild.target(GoOs.LINUX, GoArch.ARM64)
        .noCgo()
        .moduleDir(module)
        .outputDir(out)
        .on(host)
        .listener(
            e -> {
              long now = System.nanoTime();
              if (e instanceof BuildEvent.Started) {
                at[0] = now;
              } else if (e instanceof BuildEvent.Transfer t && t.what().startsWith("download ")) {
                if (t.bytes() == 0) {
                  at[1] = now;
                } else if (t.bytes() == t.totalBytes()) {
                  at[2] = now;
                }
              } else if (e instanceof BuildEvent.ArtifactWritten) {
                at[3] = now;
              }
            })
        .run();
    double total = ms(t0);
    double sync = host.lastSync().orElseThrow().duration().toNanos() / 1e6;
    return new Steps(
        total, sync, (at[1] - at[0]) / 1e6 - sync, (at[2] - at[1]) / 1e6, (at[3] - at[2]) / 1e6);
  }

  private static double sshBuildAndScp(Sshd sshd, String src, Path local) {
    return sshBuildAndScp(sshd, src, local, Sshd.GO.toString());
  }

  /**
   * Times OpenSSH's own way: {@code ssh host 'cd src && GOOS=linux GOARCH=arm64 go build ... &&
   * sha256sum out'} then {@code scp} of the binary.
   */
  static double sshBuildAndScp(Sshd sshd, String src, Path local, String go) {
    String user = System.getProperty("user.name");
    long t0 = System.nanoTime();
    List<String> cmd = new ArrayList<>(ssh(sshd, "ssh", "-p"));
    cmd.add(user + "@127.0.0.1");
    cmd.add(
        "cd '"
            + src
            + "' && GOOS=linux GOARCH=arm64 CGO_ENABLED=0 GOTOOLCHAIN=local "
            + go
            + " build -trimpath '-ldflags=-s -w' -o /tmp/gcb-bench-out . && sha256sum"
            + " /tmp/gcb-bench-out");
    Sshd.run(cmd);
    List<String> scp = new ArrayList<>(ssh(sshd, "scp", "-P"));
    scp.add("-q");
    scp.add(user + "@127.0.0.1:/tmp/gcb-bench-out");
    scp.add(local.toString());
    Sshd.run(scp);
    return ms(t0);
  }

  private static List<String> ssh(Sshd sshd, String tool, String portFlag) {
    return List.of(
        tool,
        "-i",
        sshd.userKey().toString(),
        portFlag,
        String.valueOf(sshd.port()),
        "-o",
        "UserKnownHostsFile=" + sshd.knownHosts(),
        "-o",
        "BatchMode=yes");
  }

  private static void bytes(
      SshBuildHost host,
      Sshd sshd,
      Path module,
      String file,
      Path mirror,
      boolean rsync,
      String what)
      throws IOException, InterruptedException {
    host.sync(module);
    String e = String.join(" ", ssh(sshd, "ssh", "-p"));
    String dest = System.getProperty("user.name") + "@127.0.0.1:" + mirror + "/";
    if (rsync) {
      Sshd.run(List.of("rsync", "-az", "-e", e, module + "/", dest));
    }
    Files.writeString(module.resolve(file), "\n// one-file change\n", StandardOpenOption.APPEND);
    long before = host.bytesSent();
    SyncReport r = host.sync(module);
    long lib = host.bytesSent() - before;
    System.out.printf(
        "%s (%d files), one-file change, library: %d file(s), %d content bytes,"
            + " %d bytes on the wire, %.1f ms%n",
        what, r.files(), r.filesSent(), r.bytesSent(), lib, r.duration().toNanos() / 1e6);
    if (!rsync) {
      System.out.println("rsync unavailable: no ratio");
      return;
    }
    String stats;
    long rsyncWire;
    try (CountingProxy proxy = CountingProxy.to(sshd.port())) {
      // The same ssh command through a counting TCP relay, with a known_hosts for its port.
      Path kh = mirror.resolveSibling(mirror.getFileName() + ".known_hosts");
      Files.writeString(
          kh,
          "[127.0.0.1]:"
              + proxy.port()
              + " "
              + Files.readString(sshd.dir().resolve("host_ed25519.pub")).strip()
              + "\n");
      String viaProxy =
          "ssh -i "
              + sshd.userKey()
              + " -p "
              + proxy.port()
              + " -o UserKnownHostsFile="
              + kh
              + " -o BatchMode=yes";
      stats = Sshd.run(List.of("rsync", "-az", "--stats", "-e", viaProxy, module + "/", dest));
      rsyncWire = proxy.awaitSent();
    }
    long sent =
        Arrays.stream(stats.split("\n"))
            .filter(s -> s.startsWith("Total bytes sent"))
            .map(s -> s.replaceAll("[^0-9]", ""))
            .mapToLong(Long::parseLong)
            .findFirst()
            .orElseThrow();
    System.out.printf(
        "%s, one-file change, rsync -az --stats: Total bytes sent %d;"
            + " on the wire (its ssh connection included) %d%n",
        what, sent, rsyncWire);
    System.out.printf(
        "RATIO bytes after one-file change library wire/rsync Total bytes sent,"
            + " %s: %.2f (goal <= 1.1)%n",
        what, (double) lib / sent);
    System.out.printf(
        "RATIO bytes after one-file change library wire/rsync wire, %s: %.2f%n",
        what, (double) lib / rsyncWire);
  }

  private static boolean ensureRsync() {
    if (Files.isExecutable(Path.of("/usr/bin/rsync"))) {
      return true;
    }
    System.out.println("rsync is missing: running apt-get install -y rsync (benchmark only)");
    try {
      Sshd.run(List.of("apt-get", "install", "-y", "-qq", "rsync"));
    } catch (RuntimeException e) {
      System.out.println("apt-get install rsync failed: " + e.getMessage());
    }
    return Files.isExecutable(Path.of("/usr/bin/rsync"));
  }

  static Path smallModule(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("internal/greet"));
    Files.writeString(dir.resolve("go.mod"), "module example.com/benchsmall\n\ngo 1.21\n");
    Files.writeString(
        dir.resolve("internal/greet/greet.go"),
        "// Package greet greets.\n"
            + "package greet\n\n// Hello greets name.\nfunc Hello(name string) string {"
            + " return \"hello \" + name }\n");
    Files.writeString(
        dir.resolve("main.go"),
        "package main\n\nimport (\n\t\"fmt\"\n\n"
            + "\t\"example.com/benchsmall/internal/greet\"\n)\n\nfunc main() {"
            + " fmt.Println(greet.Hello(\"bench\")) }\n");
    return dir;
  }

  private static Path largeModule(Path dir, int files) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("go.mod"), "module example.com/benchlarge\n\ngo 1.21\n");
    Files.writeString(dir.resolve("main.go"), "package main\n\nfunc main() {}\n");
    for (int i = 0; i < files - 2; i++) {
      Path f = dir.resolve("pkg" + i % 20 + "/file" + i + ".go");
      Files.createDirectories(f.getParent());
      Files.writeString(
          f,
          "package pkg"
              + i % 20
              + "\n\n// C"
              + i
              + " is a constant of file "
              + i
              + ", padded to look like real code.\nconst C"
              + i
              + " = "
              + i
              + "\n\n"
              + "func F"
              + i
              + "(x int) int {\n\treturn x*"
              + i
              + " + C"
              + i
              + "\n}\n");
    }
    return dir;
  }

  static void print(String what, double value, String unit) {
    System.out.printf("%s: %.1f %s%n", what, value, unit);
  }

  static double ms(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
