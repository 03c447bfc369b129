package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.ssh.HostProbe;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.SshHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
      System.out.println(result.binary().describe());   // the proof, read on this machine
    }
    // end
    // spotless:on
  }

  /**
   * Reads {@code [user@]host[:port]}; a bare word without dots is taken as an ssh config alias. The
   * key is the first of {@code ~/.ssh/id_ed25519}, {@code id_ecdsa} and {@code id_rsa} that exists;
   * the host key is checked strictly against {@code ~/.ssh/known_hosts}.
   *
   * @param spec the argument
   * @return the host
   */
  static SshHost parse(String spec) {
    if (!spec.contains("@") && !spec.contains(".") && !spec.contains(":")) {
      return SshHost.fromSshConfig(spec).build();
    }
    String user = System.getProperty("user.name");
    String address = spec;
    int port = 22;
    int at = address.indexOf('@');
    if (at >= 0) {
      user = address.substring(0, at);
      address = address.substring(at + 1);
    }
    int colon = address.lastIndexOf(':');
    if (colon >= 0) {
      port = Integer.parseInt(address.substring(colon + 1));
      address = address.substring(0, colon);
    }
    Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
    Path privateKey =
        Stream.of("id_ed25519", "id_ecdsa", "id_rsa")
            .map(ssh::resolve)
            .filter(Files::isRegularFile)
            .findFirst()
            .orElse(ssh.resolve("id_ed25519"));
    Path knownHosts = ssh.resolve("known_hosts");
    // spotless:off (README layout)
    // readme:ssh-host
    SshHost host = SshHost.builder()
        .host(address)                  // "raspberry.local" or "192.0.2.7"
        .port(port)                     // 22 when not set
        .user(user)                     // your local user name when not set
        .identityFile(privateKey)       // e.g. ~/.ssh/id_ed25519 (OpenSSH format)
        .knownHosts(knownHosts)         // ~/.ssh/known_hosts when not set; checked strictly
        .build();
    // end
    // spotless:on
    return host;
  }
}
