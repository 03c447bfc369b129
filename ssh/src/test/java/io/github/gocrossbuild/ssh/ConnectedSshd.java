package io.github.gocrossbuild.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real sshd and one {@link SshBuildHost} connected to it, shared by a test class: register it
 * with {@code @RegisterExtension static final ConnectedSshd server = new ConnectedSshd();}. It
 * starts before the class's first test (needing a real Go for the builds) and is closed, with its
 * keys and files deleted, after the last. Public for the examples module's README tests.
 */
public final class ConnectedSshd implements BeforeAllCallback, AfterAllCallback {
  private final Function<Path, Sshd> starter;
  private Path dir;
  private Sshd sshd;
  private SshBuildHost host;

  /** A server on this machine, building with its Go 1.23. */
  public ConnectedSshd() {
    this(
        dir -> {
          Sshd.requireTool(Sshd.GO, "golang-1.23-go");
          return Sshd.start(dir);
        });
  }

  private ConnectedSshd(Function<Path, Sshd> starter) {
    this.starter = starter;
  }

  /**
   * A server whose sessions run on the native ARM64 host ({@link Arm64Root}).
   *
   * @return the extension
   */
  public static ConnectedSshd arm64() {
    return new ConnectedSshd(Arm64Root::start);
  }

  /**
   * Returns the server.
   *
   * @return the running sshd
   */
  public Sshd sshd() {
    return sshd;
  }

  /**
   * Returns the host connected to the server.
   *
   * @return the connected host
   */
  public SshBuildHost host() {
    return host;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("gocrossbuild-sshd");
    sshd = starter.apply(dir.resolve("sshd"));
    host = SshBuildHost.connect(sshd.hostBuilder().build());
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (host != null) {
        host.close();
      }
    } finally {
      if (sshd != null) {
        sshd.close();
      }
      if (dir != null) {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }
}
