package io.github.gocrossbuild.examples.sidecar;

import io.github.gocrossbuild.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Java side of a service that ships a Go sidecar: it starts the sidecar built for the machine
 * it runs on (one of the binaries gocrossbuild-maven-plugin built and attached) and reports what it
 * says. {@code mvn -q -pl examples/sidecar-service package exec:java}.
 */
public final class SidecarService {

  private SidecarService() {}

  /**
   * Runs the example.
   *
   * @param args the folder holding the sidecars (default {@code target/gocrossbuild})
   * @throws IOException when the sidecar cannot be started
   * @throws InterruptedException when interrupted while it runs
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/gocrossbuild");
    System.out.println(version(sidecar(dir)));
  }

  /**
   * Returns the sidecar for this machine.
   *
   * @param dir the folder the plugin wrote the sidecars to
   * @return e.g. {@code dir/hello-service-linux-amd64}
   * @throws IllegalStateException when none was built for this machine
   */
  public static Path sidecar(Path dir) {
    Target here =
        Target.current()
            .orElseThrow(() -> new IllegalStateException("this machine is not a Go platform"));
    Path bin =
        dir.resolve(
            String.format("hello-service-%s-%s", here.goos().goName(), here.goarch().goName()));
    if (!Files.isExecutable(bin)) {
      throw new IllegalStateException(
          String.format(
              "no sidecar for %s in %s: add <target>%s</target> to the plugin's <targets>",
              here, dir, here));
    }
    return bin;
  }

  /**
   * Starts the sidecar with {@code -version} and returns what it prints.
   *
   * @param sidecar the binary
   * @return e.g. {@code hello-service 0.1.0-SNAPSHOT linux/amd64}
   * @throws IOException when it cannot be started
   * @throws InterruptedException when interrupted while it runs
   */
  public static String version(Path sidecar) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(sidecar.toString(), "-version").redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(sidecar + " -version exited " + p.exitValue() + ": " + out);
    }
    return out;
  }
}
