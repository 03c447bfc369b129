package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.config.ConfigWriteReport;
import io.github.gocrossbuild.config.ProjectConfigs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the config files of the example module (VS Code tasks, launch and settings, a dev
 * container, .goreleaser.yaml and host.json) into a temporary workspace and prints the report.
 *
 * <p>{@code mvn -q -pl examples exec:java
 * -Dexec.mainClass=io.github.gocrossbuild.examples.WriteConfigs -Dexec.args=go/hello-service}.
 */
public final class WriteConfigs {

  private WriteConfigs() {}

  /**
   * Runs the example.
   *
   * @param args the module (default {@code go/hello-service}) and the workspace (default: a new
   *     temporary directory)
   * @throws IOException when the temporary directory cannot be made
   */
  public static void main(String[] args) throws IOException {
    Path module = Path.of(args.length > 0 ? args[0] : "go/hello-service");
    Path workspace =
        args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("gocrossbuild-configs");
    System.out.println(write(module, workspace));
    System.out.println("written to " + workspace);
  }

  /**
   * Writes the files for two targets into a workspace, merging into any that exist there.
   *
   * @param module the Go module
   * @param workspace the workspace folder
   * @return what happened to each file
   */
  public static ConfigWriteReport write(Path module, Path workspace) {
    // spotless:off (README layout)
    // readme:configs
    ProjectConfigs configs =
        GoCrossBuild.targets(Target.parse("linux/arm64"), Target.parse("windows/amd64"))
            .noCgo()
            .moduleDir(module)
            .tags("netgo")
            .ldflags("-X main.version=1.2.0")
            .configs();
    ConfigWriteReport report = configs.writeTo(workspace);   // again: every file UNCHANGED
    // end
    // spotless:on
    return report;
  }
}
