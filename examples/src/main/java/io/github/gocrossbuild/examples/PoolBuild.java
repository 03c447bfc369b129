package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.ssh.SshBuildHost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the example service for six targets on a pool: this machine plus every SSH host given,
 * printing where each target was routed, any failover, and where each artifact was built.
 *
 * <p>{@code mvn -q -pl examples exec:java
 * -Dexec.mainClass=io.github.gocrossbuild.examples.PoolBuild -Dexec.args="ci@arm64-box
 * ci@x86-box"}; with no arguments the pool is this machine alone.
 */
public final class PoolBuild {

  private PoolBuild() {}

  /**
   * Runs the example.
   *
   * @param args SSH hosts as {@code [user@]host[:port]} or ssh config aliases
   */
  public static void main(String[] args) {
    Path module = Path.of("go/hello-service");
    List<SshBuildHost> remotes = new ArrayList<>();
    try {
      for (String a : args) {
        remotes.add(SshBuildHost.connect(RemoteBuild.parse(a)));
      }
      List<BuildHost> members = new ArrayList<>();
      members.add(BuildHosts.local());
      members.addAll(remotes);
      BuildHost[] hosts = members.toArray(BuildHost[]::new);
      // spotless:off (README layout)
      // readme:pool
      List<BuildResult> results = GoCrossBuild.targets(
              Target.parse("linux/amd64"), Target.parse("linux/arm64"),
              Target.parse("linux/arm/v7"), Target.parse("linux/riscv64"),
              Target.parse("windows/amd64"), Target.parse("darwin/arm64"))
          .noCgo()
          .moduleDir(module)
          .on(BuildHosts.pool(hosts))                  // local + SSH hosts, one BuildHost
          .listener(e -> {
            if (e instanceof BuildEvent.Failover f) {  // a host dropped: the target moved
              System.out.println(f.target() + " moved " + f.from() + " -> " + f.to());
            }
          })
          .runAll();
      results.forEach(r -> System.out.println(r.target() + " built on " + r.hostDescription()));
      // end
      // spotless:on
    } finally {
      remotes.forEach(SshBuildHost::close);
    }
  }
}
