package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.DebugSession;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.SshHost;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Debugs the example service where it runs: builds a debug binary on an SSH host of the host's own
 * platform, starts Delve there on the host's 127.0.0.1, forwards a local port to it and prints the
 * launch.json configuration to attach VS Code with. Press Enter to end Delve, the program and the
 * forward.
 *
 * <p>{@code mvn -q -pl examples exec:java
 * -Dexec.mainClass=io.github.gocrossbuild.examples.RemoteDebug -Dexec.args="pi@raspberry.local"}.
 */
public final class RemoteDebug {

  private RemoteDebug() {}

  /**
   * Runs the example.
   *
   * @param args {@code [user@]host[:port]} or an ssh config alias; optional module directory
   * @throws IOException when reading the Enter key fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: RemoteDebug [user@]host[:port] | ssh-config-alias [module-dir]");
      System.exit(2);
    }
    SshHost host = RemoteBuild.parse(args[0]);
    Path module = Path.of(args.length > 1 ? args[1] : "go/hello-service");
    // spotless:off (README layout)
    // readme:debug
    try (SshBuildHost remote = SshBuildHost.connect(host);
         DebugSession session = GoCrossBuild.target(remote.platform().orElseThrow())
             .noCgo()
             .moduleDir(module)
             .on(remote)
             .listener(e -> { if (e instanceof BuildEvent.Warning w) System.err.println(w.message()); })
             .debug("-listen", "127.0.0.1:8080")) {
      System.out.println(session.launchConfiguration());   // for launch.json's "configurations"
      System.out.println("Delve on " + session.host() + " is at 127.0.0.1:" + session.localPort()
          + "; press Enter to stop it.");
      System.in.read();
    }
    // end
    // spotless:on
  }
}
