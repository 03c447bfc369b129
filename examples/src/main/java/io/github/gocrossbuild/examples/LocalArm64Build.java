package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoOs;
import java.nio.file.Path;

/**
 * Cross-builds the example Go service for linux/arm64, proves it, runs it under qemu-user and
 * prints the proof. This is the README's main job.
 *
 * <p>Run from the repository root: {@code mvn -q -pl examples exec:java}.
 */
public final class LocalArm64Build {

  private LocalArm64Build() {}

  /**
   * Runs the example.
   *
   * @param args optional: the Go module directory (default {@code go/hello-service})
   */
  public static void main(String[] args) {
    Path module = Path.of(args.length > 0 ? args[0] : "go/hello-service");
    // spotless:off (README layout)
    // readme:build
    BuildResult result = GoCrossBuild.target(GoOs.LINUX, GoArch.ARM64)
        .noCgo()
        .moduleDir(module)
        .ldflags("-X main.version=1.0.0")
        .smokeTest("--version")
        .run();
    // end
    // spotless:on
    System.out.println(ProofReport.of(result));
  }
}
