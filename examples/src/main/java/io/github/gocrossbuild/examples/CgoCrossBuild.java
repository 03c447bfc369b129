package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import java.nio.file.Path;

/**
 * Cross-builds a Go program with cgo for linux/arm64: the C cross compiler is found on PATH
 * (Debian's {@code aarch64-linux-gnu-gcc}), checked before {@code go build}, and the artifact is
 * proven (arm64, dynamic, {@code /lib/ld-linux-aarch64.so.1}, at most glibc 2.36) and run under
 * qemu-user with the target's C library root.
 *
 * <p>Run: {@code mvn -q -pl examples exec:java
 * -Dexec.mainClass=io.github.gocrossbuild.examples.CgoCrossBuild
 * -Dexec.args=examples/go/cgo-hello}. Without a cross compiler it fails before {@code go build}
 * with the packages to install.
 */
public final class CgoCrossBuild {

  private CgoCrossBuild() {}

  /**
   * Runs the example.
   *
   * @param args optional: the Go module directory (default {@code go/cgo-hello})
   */
  public static void main(String[] args) {
    Path module = Path.of(args.length > 0 ? args[0] : "go/cgo-hello");
    // spotless:off (README layout)
    // readme:cgo
    BuildResult result = GoCrossBuild.target("linux/arm64")
        .cgo()                          // CC=aarch64-linux-gnu-gcc, found and checked
        .glibcAtMost("2.36")            // Debian 12 and newer
        .moduleDir(module)
        .smokeTest()                    // qemu-aarch64-static -L /usr/aarch64-linux-gnu
        .run();
    String cc = result.cgo().compiler().orElseThrow();        // "/usr/bin/aarch64-linux-gnu-gcc"
    // end
    // spotless:on
    System.out.println("CC: " + cc + " (" + result.cgo().reason() + ")");
    System.out.println(ProofReport.of(result));
    System.out.println(result.smokeTest().orElseThrow().output().strip());
  }
}
