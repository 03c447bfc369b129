package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.ssh.HostProbe;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.SshHost;
import java.nio.file.Path;

/**
 * Builds the example service on a remote machine over SSH (strict host-key checking), downloads and
 * proves the artifact.
 *
 * <p>{@code mvn -q -pl examples exec:java
 * -Dexec.mainClass=io.github.gocrossbuild.examples.RemoteBuild -Dexec.args="pi@raspberry.local"} or
 * {@code -Dexec.args="my-alias"} for a {@code ~/.ssh/config} alias.
 */
public final class RemoteBuild {

  private RemoteBuild() {}

  /**
   * Runs the example.
   *
   * @param args {@code [user@]host[:port]} or an ssh config alias; optional module directory
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: RemoteBuild [user@]host[:port] | ssh-config-alias [module-dir]");
      System.exit(2);
    }
    SshHost host = parse(args[0]);
    Path module = Path.of(args.length > 1 ? args[1] : "go/hello-service");
    // spotless:off (README layout)
    // readme:ssh
    try (SshBuildHost remote = SshBuildHost.connect(host)) {
      HostProbe probe = remote.probe();
      System.out.println("host: " + probe);
      BuildResult result = GoCrossBuild.target(GoOs.LINUX, GoArch.ARM64)
          .noCgo()
          .moduleDir(module)
          .on(remote)
          .run();
      System.out.println(ProofReport.of(result));
    }
    // end
    // spotless:on
  }

  /**
   * Reads {@code [user@]host[:port]}; a bare word without dots is taken as an ssh config alias.
   *
   * @param spec the argument
   * @return the host
   */
  static SshHost parse(String spec) {
    if (!spec.contains("@") && !spec.contains(".") && !spec.contains(":")) {
      return SshHost.fromSshConfig(spec).build();
    }
    SshHost.Builder b = SshHost.builder();
    String rest = spec;
    int at = rest.indexOf('@');
    if (at >= 0) {
      b.user(rest.substring(0, at));
      rest = rest.substring(at + 1);
    }
    int colon = rest.lastIndexOf(':');
    if (colon >= 0) {
      b.port(Integer.parseInt(rest.substring(colon + 1)));
      rest = rest.substring(0, colon);
    }
    return b.host(rest).build();
  }
}
