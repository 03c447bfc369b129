package io.github.gocrossbuild.testing;

import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the real Dev Containers CLI's {@code read-configuration} on a workspace, as VS Code's Dev
 * Containers extension reads its devcontainer.json. The CLI also asks Docker for a container
 * already made for the folder ({@code docker ps}); there is no Docker engine here, so {@code
 * --docker-path /bin/true} answers "none", and everything else is the CLI's own reading.
 *
 * @param exitCode the CLI's exit code
 * @param output its standard output: one JSON object
 */
public record DevcontainerCli(int exitCode, String output) {

  /**
   * Reads the workspace's {@code .devcontainer/devcontainer.json}.
   *
   * @param workspace the workspace folder
   * @return the CLI's outcome
   */
  public static DevcontainerCli read(Path workspace) {
    List<String> argv =
        List.of(
            RealTools.devcontainerCli().toString(),
            "read-configuration",
            "--workspace-folder",
            workspace.toString(),
            "--docker-path",
            "/bin/true");
    ToolProcess.Outcome o = ToolProcess.run(argv, false);
    return new DevcontainerCli(o.exitCode(), o.output());
  }

  /**
   * Returns the configuration the CLI read.
   *
   * @return the {@code configuration} member of its output
   */
  public JsoncObject configuration() {
    JsoncObject root =
        (JsoncObject) JsoncTree.read("devcontainer", output.strip(), JsoncSyntax.JSON);
    return (JsoncObject) root.get("configuration");
  }
}
