package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildPool;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.Sshd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * A 6-target warm matrix on a pool of this machine and two throwaway sshd on 127.0.0.1 against the
 * same matrix on this machine alone (all hosts share this machine's cores, so the ratio is the
 * pool's overhead; goal ≤ 1.3), and the failover cost: from killing one sshd mid-matrix to each of
 * its targets being routed to another host.
 *
 * <p>Run: {@code mvn -q -o install -DskipTests && mvn -q -o -pl benchmarks exec:java
 * -Dexec.args=pool}; needs openssh-server and golang-1.23-go (.ci/install.sh).
 */
public final class PoolBench {
  private static final Target[] SIX =
      List.of(
              "linux/amd64",
              "linux/arm64",
              "linux/arm/v7",
              "linux/riscv64",
              "windows/amd64",
              "darwin/arm64")
          .stream()
          .map(Target::parse)
          .toArray(Target[]::new);

  private PoolBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: rounds (default 5)
   * @throws Exception when a step fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Sshd.requireTool(Sshd.SSHD, "openssh-server");
    Sshd.requireTool(Sshd.GO, "golang-1.23-go");
    Path tmp = Files.createTempDirectory("gcb-pool-bench");
    try (Sshd a = Sshd.start(tmp.resolve("sshd-a"));
        Sshd b = Sshd.start(tmp.resolve("sshd-b"));
        SshBuildHost one = SshBuildHost.connect(a.hostBuilder().build());
        SshBuildHost two = SshBuildHost.connect(b.hostBuilder().build())) {
      Path module = module(tmp.resolve("mod"));
      BuildPool pool = BuildHosts.pool(BuildHosts.local(), one, two);
      matrix(module, tmp.resolve("out-local"), builder -> builder.on(BuildHosts.local()));
      matrix(module, tmp.resolve("out-pool"), builder -> builder.on(pool));
      double[] local = new double[rounds];
      double[] pooled = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        local[i] =
            matrix(module, tmp.resolve("out-local"), builder -> builder.on(BuildHosts.local()));
        pooled[i] = matrix(module, tmp.resolve("out-pool"), builder -> builder.on(pool));
      }
      double l = median(local);
      double p = median(pooled);
      System.out.printf("6-target warm matrix, local only, median of %d: %.0f ms%n", rounds, l);
      System.out.printf("6-target warm matrix, local + 2 SSH, median of %d: %.0f ms%n", rounds, p);
      System.out.printf("RATIO pool/local: %.2f (goal <= 1.3)%n", p / l);
      failover(module, tmp, one);
    } finally {
      Sshd.run(List.of("rm", "-rf", tmp.toString()));
    }
  }

  private static double matrix(Path module, Path out, UnaryOperator<GoCrossBuilder> where) {
    long t0 = System.nanoTime();
    where
        .apply(
            GoCrossBuild.targets(SIX).noCgo().goCommand(Sshd.GO).moduleDir(module).outputDir(out))
        .runAll();
    return (System.nanoTime() - t0) / 1e6;
  }

  /** Kills a host 500 ms into its first build (it rebuilds everything, -a) and times the moves. */
  private static void failover(Path module, Path tmp, SshBuildHost other) {
    Sshd doomed = Sshd.start(tmp.resolve("sshd-doomed"), "SetEnv GOFLAGS=-a");
    AtomicLong killedAt = new AtomicLong();
    List<Double> delays = new CopyOnWriteArrayList<>();
    try (SshBuildHost dying = SshBuildHost.connect(doomed.hostBuilder().build())) {
      long t0 = System.nanoTime();
      GoCrossBuild.targets(SIX)
          .noCgo()
          .goCommand(Sshd.GO)
          .moduleDir(module)
          .outputDir(tmp.resolve("out-failover"))
          .on(BuildHosts.pool(dying, BuildHosts.local(), other))
          .listener(
              e -> {
                if (e instanceof BuildEvent.Started s
                    && s.host().equals(dying.name())
                    && killedAt.compareAndSet(0, -1)) {
                  new Thread(
                          () -> {
                            sleep(500);
                            killedAt.set(System.nanoTime());
                            doomed.kill();
                          })
                      .start();
                } else if (e instanceof BuildEvent.Failover) {
                  delays.add((System.nanoTime() - killedAt.get()) / 1e6);
                }
              })
          .runAll();
      System.out.printf(
          "failover: %d target(s) moved; from kill to restart on another host: %s ms;"
              + " whole matrix %.0f ms%n",
          delays.size(),
          delays.stream().map(d -> String.format("%.0f", d)).toList(),
          (System.nanoTime() - t0) / 1e6);
    } finally {
      doomed.close();
    }
  }

  private static Path module(Path dir) throws java.io.IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("go.mod"), "module example.com/poolbench\n\ngo 1.21\n");
    Files.writeString(
        dir.resolve("main.go"),
        "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"pool bench\") }\n");
    return dir;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
