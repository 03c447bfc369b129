package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.MatrixBuildException;
import io.github.gocrossbuild.Target;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the example service for five platforms at once and prints a summary table.
 *
 * <p>{@code mvn -q -pl examples exec:java
 * -Dexec.mainClass=io.github.gocrossbuild.examples.MatrixBuild}.
 */
public final class MatrixBuild {

  private MatrixBuild() {}

  /**
   * Runs the example.
   *
   * @param args optional: the Go module directory
   */
  public static void main(String[] args) {
    Path module = Path.of(args.length > 0 ? args[0] : "go/hello-service");
    try {
      // spotless:off (README layout)
      // readme:matrix
      List<BuildResult> results = GoCrossBuild.targets(
              Target.parse("linux/amd64"), Target.parse("linux/arm64"),
              Target.parse("linux/arm/v7"), Target.parse("darwin/arm64"),
              Target.parse("windows/amd64"))
          .noCgo()
          .moduleDir(module)
          .runAll();
      // end
      // spotless:on
      System.out.println(table(results));
    } catch (MatrixBuildException e) {
      System.out.println(e.getMessage());
      System.out.println(table(e.results()));
    }
  }

  /**
   * Formats results as a table: target, file, size, format, linking, Go version.
   *
   * @param results the results
   * @return the table
   */
  public static String table(List<BuildResult> results) {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                "%-14s %-30s %10s  %-7s %-8s %s%n",
                "TARGET", "ARTIFACT", "BYTES", "FORMAT", "LINKING", "GO"));
    for (BuildResult r : results) {
      sb.append(
          String.format(
              "%-14s %-30s %10d  %-7s %-8s %s%n",
              r.target().platform(),
              r.artifact().getFileName(),
              r.binary().fileSize(),
              r.binary().format(),
              r.binary().isStaticallyLinked() ? "static" : "dynamic",
              r.binary().goVersion().orElse("?")));
    }
    return sb.toString();
  }
}
