package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.env.EnvExplanation;
import java.nio.file.Path;

/**
 * The README's 30-second tour, compiled: build for a Raspberry Pi, then ask the result what it
 * proved and why each value is what it is.
 *
 * <p>{@code mvn -q -pl examples exec:java -Dexec.mainClass=io.github.gocrossbuild.examples.Tour}.
 */
public final class Tour {

  private Tour() {}

  /**
   * Runs the tour.
   *
   * @param args optional: the Go module directory
   */
  public static void main(String[] args) {
    Path module = Path.of(args.length > 0 ? args[0] : "go/hello-service");
    // spotless:off (README layout)
    // readme:tour
    BuildResult r = GoCrossBuild.target("linux/arm/v7")     // GOOS=linux GOARCH=arm GOARM=7
        .noCgo()                                           // CGO_ENABLED=0, said out loud
        .moduleDir(module)
        .ldflags("-X main.version=1.2.0")
        .run();                                            // go build, then proof

    Path artifact = r.artifact();                          // .../bin/hello-service-linux-arm-v7
    GoBinary binary = r.binary();                          // read back from the file itself
    boolean isStatic = binary.isStaticallyLinked();        // true
    String why = r.cgo().reason();                         // "set by noCgo()"
    EnvExplanation goarch = r.environment().explain("GOARCH");
    // end
    // spotless:on
    System.out.println(
        artifact
            + "\n"
            + binary.describe()
            + "\nstatic: "
            + isStatic
            + "\ncgo: "
            + why
            + "\n"
            + goarch.reason());
  }
}
