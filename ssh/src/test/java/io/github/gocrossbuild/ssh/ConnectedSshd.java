package io.github.gocrossbuild.ssh;

import java.nio.file.Path;

/** A real sshd and one {@link SshBuildHost} connected to it, shared by a test class. */
final class ConnectedSshd implements AutoCloseable {
  final Sshd sshd;
  final SshBuildHost host;

  private ConnectedSshd(Sshd sshd, SshBuildHost host) {
    this.sshd = sshd;
    this.host = host;
  }

  /**
   * Starts an sshd in {@code dir/sshd} and connects to it; needs a real Go for the builds.
   *
   * @param dir the test class's shared temporary folder
   * @return the server and the connected host
   */
  static ConnectedSshd start(Path dir) {
    Sshd.requireTool(Sshd.GO, "golang-1.23-go");
    Sshd sshd = Sshd.start(dir.resolve("sshd"));
    try {
      return new ConnectedSshd(sshd, SshBuildHost.connect(sshd.hostBuilder().build()));
    } catch (RuntimeException e) {
      sshd.close();
      throw e;
    }
  }

  /**
   * Closes a fixture that may not have started.
   *
   * @param fixture the fixture, or null
   */
  static void closeQuietly(ConnectedSshd fixture) {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Override
  public void close() {
    try {
      host.close();
    } finally {
      sshd.close();
    }
  }
}
