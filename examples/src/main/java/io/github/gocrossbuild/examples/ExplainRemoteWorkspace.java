package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.VsCodeWorkspace;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.SshHost;
import java.nio.file.Path;

/**
 * Explains a VS Code workspace that lives on a server, as VS Code Remote-SSH users have it: which
 * GOOS and GOARCH a task really runs {@code go} with and which file on the server set them (a
 * {@code ~/.bashrc} line, the VS Code Server's machine settings, the workspace's files), the
 * findings, and the settings that name paths or tools the server lacks.
 *
 * <p>{@code mvn -q -pl examples exec:java
 * -Dexec.mainClass=io.github.gocrossbuild.examples.ExplainRemoteWorkspace -Dexec.args="arm64-box
 * ~/src/app build"}
 */
public final class ExplainRemoteWorkspace {

  private ExplainRemoteWorkspace() {}

  /**
   * Runs the example.
   *
   * @param args the ssh config alias, the workspace folder on the server ({@code ~/...} allowed),
   *     the task label; optionally the ssh config file ({@code ~/.ssh/config} when not given)
   */
  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: ExplainRemoteWorkspace alias remote-dir task-label [config-file]");
      System.exit(2);
    }
    Path sshConfig =
        args.length > 3
            ? Path.of(args[3])
            : Path.of(System.getProperty("user.home"), ".ssh", "config");
    explain(SshHost.fromSshConfig(args[0], sshConfig).build(), args[1], args[2]);
  }

  /**
   * Prints the explanation of one task of a workspace on a server to standard output.
   *
   * @param host the server
   * @param remoteDir the workspace folder there
   * @param label the task label
   */
  public static void explain(SshHost host, String remoteDir, String label) {
    System.out.println("Task " + label + " of " + remoteDir + " on " + host.address());
    // spotless:off (README layout)
    // readme:remote-workspace
    try (SshBuildHost server = SshBuildHost.connect(host)) {
      VsCodeWorkspace ws = server.workspace(remoteDir);      // e.g. "~/src/app", read on the server
      ResolvedEnv env = ws.taskEnv(label);                    // what the task's `go` really gets there
      System.out.println(env.explain("GOARCH"));            // the value and the file+line that set it
      env.findings().forEach(System.out::println);            // env.go-env-shadowed, env.task-env-ignored, ...
      ws.settingsFindings().forEach(System.out::println);     // go.goroot, gofumpt, ... missing there
    }
    // end
    // spotless:on
  }
}
