package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.SshHost;
import java.nio.file.Path;

/**
 * Connects to an alias of an ssh config file as {@code ssh} would (jump hosts, agent keys, {@code
 * Include}, {@code Match}) and prints the host's platform.
 *
 * <p>{@code mvn -q -pl examples exec:java
 * -Dexec.mainClass=io.github.gocrossbuild.examples.SshConfigAlias -Dexec.args="arm64-box"}
 */
public final class SshConfigAlias {

  private SshConfigAlias() {}

  /**
   * Runs the example.
   *
   * @param args the alias; optionally the config file ({@code ~/.ssh/config} when not given)
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: SshConfigAlias alias [config-file]");
      System.exit(2);
    }
    String alias = args[0];
    Path sshConfig =
        args.length > 1
            ? Path.of(args[1])
            : Path.of(System.getProperty("user.home"), ".ssh", "config");
    // spotless:off (README layout)
    // readme:ssh-config
    SshHost host = SshHost.fromSshConfig(alias, sshConfig).build();   // fromSshConfig(alias): ~/.ssh/config
    try (SshBuildHost remote = SshBuildHost.connect(host)) {
      System.out.println(host.user() + "@" + host.address() + " through " + host.proxyJump().size()
          + " jump host(s) is " + remote.platform().orElseThrow());
    }
    // end
    // spotless:on
  }
}
