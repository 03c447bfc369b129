package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoOs;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cross-builds the example Go service for linux/arm64 and prints the proof.
 *
 * <p>Run from the repository root: {@code mvn -q -pl examples exec:java}.
 */
public final class LocalArm64Build {

  private LocalArm64Build() {}

  /**
   * Runs the example.
   *
   * @param args optional: the Go module directory (default {@code go/hello-service})
   * @throws Exception when the build fails
   */
  public static void main(String[] args) throws Exception {
    Path module = Path.of(args.length > 0 ? args[0] : "go/hello-service");
    BuildResult result = GoCrossBuild.target(GoOs.LINUX, GoArch.ARM64)
        .noCgo()
        .moduleDir(module)
        .ldflags("-X main.version=1.0.0")
        .run();

    System.out.println("artifact   " + result.artifact() + " (" + Files.size(result.artifact())
        + " bytes)");
    System.out.println("target     " + result.target());
    System.out.println("toolchain  " + result.toolchain().goVersion() + " ("
        + result.toolchain().foundBy() + ")");
    System.out.println("command    " + String.join(" ", result.command()));
    System.out.println("cgo        " + result.cgo());
    System.out.println("GOARCH     " + result.environment().explain("GOARCH").reason());
    System.out.println("took       " + result.duration().toMillis() + " ms");
  }
}
