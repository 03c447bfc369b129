package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.SshHost;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the example service for six targets on a pool of this machine and an SSH host, printing
 * any failover and where each artifact was built.
 *
 * <p>{@code mvn -q -pl examples exec:java
 * -Dexec.mainClass=io.github.gocrossbuild.examples.PoolBuild -Dexec.args="ci@arm64-box"}.
 */
public final class PoolBuild {

  private PoolBuild() {}

  /**
   * Runs the example.
   *
   * @param args the SSH host as {@code [user@]host[:port]} or an ssh config alias; optional module
   *     directory
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: PoolBuild [user@]host[:port] | ssh-config-alias [module-dir]");
      System.exit(2);
    }
    SshHost host = RemoteBuild.parse(args[0]);
    Path module = Path.of(args.length > 1 ? args[1] : "go/hello-service");
    // spotless:off (README layout)
    // readme:pool
    try (SshBuildHost remote = SshBuildHost.connect(host)) {
      List<BuildResult> results = GoCrossBuild.targets(
              Target.parse("linux/amd64"), Target.parse("linux/arm64"),
              Target.parse("linux/arm/v7"), Target.parse("linux/riscv64"),
              Target.parse("windows/amd64"), Target.parse("darwin/arm64"))
          .noCgo()
          .moduleDir(module)
          .on(BuildHosts.pool(BuildHosts.local(), remote))   // this machine and the SSH host
          .listener(e -> {
            if (e instanceof BuildEvent.Failover f) {         // a host dropped: the target moved
              System.out.println(f.target() + " moved " + f.from() + " -> " + f.to());
            }
          })
          .runAll();
      results.forEach(r -> System.out.println(r.target() + " built on " + r.hostDescription()));
    }
    // end
    // spotless:on
  }
}
