package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.ToolchainNotFoundException;
import io.github.gocrossbuild.env.ToolchainFacts;
import io.github.gocrossbuild.env.VsCodeWorkspace;
import io.github.gocrossbuild.spi.Toolchain;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a VS Code workspace that lives on an SSH host, with the layers the VS Code Server has
 * there: files over SFTP, its machine settings, and the environment its login shell resolves,
 * traced to the file and line that set each variable.
 */
public final class RemoteWorkspace {
  /** Where the VS Code Server keeps the settings of the machine, under the user's home. */
  static final String MACHINE_SETTINGS = "/.vscode-server/data/Machine/settings.json";

  private RemoteWorkspace() {}

  /**
   * Loads the workspace.
   *
   * @param connection the connection
   * @param facts the host facts
   * @param toolchain finds the host's go (the one the Go extension would find on the login PATH)
   * @param remoteDir the folder; {@code ~/...} and relative paths start at the home
   * @return the workspace
   */
  public static VsCodeWorkspace load(
      SshConnection connection, HostFacts facts, Supplier<Toolchain> toolchain, String remoteDir) {
    String dir = absolute(remoteDir, facts.home());
    LoginShellEnv login = LoginShellEnv.resolve(connection.shell(), facts);
    return VsCodeWorkspace.load(
        new SftpFileView(connection),
        dir,
        Optional.of(facts.home() + MACHINE_SETTINGS),
        login.env(),
        login.origins(),
        toolchainFacts(facts, toolchain));
  }

  /**
   * Describes the host's toolchain without its go command, so that no check runs that path on this
   * machine (it names a file on the host).
   */
  private static ToolchainFacts toolchainFacts(HostFacts facts, Supplier<Toolchain> toolchain) {
    try {
      return ToolchainFacts.builder()
          .from(ToolchainFacts.of(toolchain.get()))
          .goCommand(Optional.empty())
          .build();
    } catch (ToolchainNotFoundException e) {
      return ToolchainFacts.builder()
          .hostTarget(
              facts
                  .platform()
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "uname -s -m on the host names no Go platform: " + facts.uname())))
          .build();
    }
  }

  static String absolute(String remoteDir, String home) {
    if (remoteDir.equals("~")) {
      return home;
    }
    if (remoteDir.startsWith("~/")) {
      return home + remoteDir.substring(1);
    }
    String dir = remoteDir.startsWith("/") ? remoteDir : home + "/" + remoteDir;
    return dir.length() > 1 && dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
  }
}
