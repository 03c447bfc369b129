package io.github.gocrossbuild.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real OpenSSH server for tests and benchmarks: {@code /usr/sbin/sshd -D -e} on 127.0.0.1 and a
 * free port, as the current user, with host and user ed25519 keys generated per directory by {@code
 * ssh-keygen}, its own authorized_keys and a known_hosts that trusts it. Shipped in the ssh
 * module's test-jar so the benchmarks module starts the very same server.
 */
public final class Sshd implements AutoCloseable {
  /** The OpenSSH server binary (Debian's openssh-server). */
  public static final Path SSHD = Path.of("/usr/sbin/sshd");

  /** The key generator (openssh-client). */
  public static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");

  /**
   * The Go toolchain the tests and benchmarks build with: {@code $GOCROSSBUILD_GO} when set, else
   * Debian's golang-1.23-go, which {@code .ci/install.sh} installs.
   */
  public static final Path GO =
      Path.of(
          Optional.ofNullable(System.getenv("GOCROSSBUILD_GO"))
              .filter(s -> !s.isEmpty())
              .orElse("/usr/lib/go-1.23/bin/go"));

  private final Path dir;
  private final int port;
  private final Process process;
  private final Path chroot;

  private Sshd(Path dir, int port, Process process, Path chroot) {
    this.dir = dir;
    this.port = port;
    this.process = process;
    this.chroot = chroot;
  }

  /**
   * Skips the test when a tool is missing, or fails it under CI=true; outside JUnit (a benchmark)
   * it throws {@link IllegalStateException}.
   *
   * @param tool the executable
   * @param debianPackage the package that provides it
   */
  public static void requireTool(Path tool, String debianPackage) {
    requireThat(
        Files.isExecutable(tool),
        tool
            + " is missing: install the Debian package "
            + debianPackage
            + " (apt-get install "
            + debianPackage
            + "; .ci/install.sh does)");
  }

  /**
   * Skips the test when a condition does not hold, or fails it under CI=true; outside JUnit (a
   * benchmark) it throws {@link IllegalStateException}.
   *
   * @param present whether what the test needs is there
   * @param msg what is missing and what to run
   */
  public static void requireThat(boolean present, String msg) {
    if (present) {
      return;
    }
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError(msg);
    }
    if (!onJUnit()) {
      throw new IllegalStateException(msg);
    }
    Assumptions.abort(msg);
  }

  private static boolean onJUnit() {
    try {
      Class.forName("org.junit.jupiter.api.Assumptions", false, Sshd.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /**
   * Starts sshd in a directory (see {@link #start(Path, String...)}).
   *
   * @param dir where keys, config and log go
   * @return the running server
   */
  public static Sshd start(Path dir) {
    return start(dir, new String[0]);
  }

  /**
   * Adds {@code PYENV_REHASH_TIMEOUT=2} to the sessions' environment (to the caller's {@code
   * SetEnv} line if there is one: sshd takes the first). A login shell that runs {@code pyenv init}
   * (as root's does on the CI machines) rehashes under a lock file; concurrent sessions, or one
   * killed mid-rehash, otherwise make every later command wait 60 s for that lock.
   */
  private static List<String> withShellTimeouts(String... extraConfig) {
    String pyenv = "PYENV_REHASH_TIMEOUT=2";
    List<String> lines = new ArrayList<>(List.of(extraConfig));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("SetEnv ")) {
        lines.set(i, lines.get(i) + " " + pyenv);
        return lines;
      }
    }
    lines.add("SetEnv " + pyenv);
    return lines;
  }

  /**
   * Starts sshd with keys in {@code dir}, generating them when absent (so a restart in the same
   * directory keeps the host key, and a new directory means a new key).
   *
   * @param dir the fixture directory
   * @param extraConfig more sshd_config lines, e.g. {@code SetEnv GOFLAGS=-a}
   * @return the running server
   */
  public static Sshd start(Path dir, String... extraConfig) {
    return start(dir, null, extraConfig);
  }

  /**
   * Starts sshd whose sessions run inside a root directory ({@code ChrootDirectory}): commands,
   * files and sftp transfers see that directory as {@code /}. sshd reads the keys and config here,
   * before it enters the directory; the remote cache of {@link #hostBuilder()} lies inside it and,
   * with the fixture directory as the sessions saw it, is deleted on {@link #close()}.
   *
   * @param dir the fixture directory
   * @param root the root directory (owned by root, not writable by others)
   * @param extraConfig more sshd_config lines
   * @return the running server
   */
  public static Sshd startChrooted(Path dir, Path root, String... extraConfig) {
    return start(dir, root, extraConfig);
  }

  private static Sshd start(Path dir, Path chroot, String... extraConfig) {
    requireTool(SSHD, "openssh-server");
    requireTool(SSH_KEYGEN, "openssh-client");
    try {
      Files.createDirectories(dir);
      Files.createDirectories(Path.of("/run/sshd"));
      keygen(dir.resolve("host_ed25519"));
      keygen(dir.resolve("id_ed25519"));
      Files.copy(
          dir.resolve("id_ed25519.pub"),
          dir.resolve("authorized_keys"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      int port = freePort();
      Files.writeString(
          dir.resolve("sshd_config"),
          String.join(
              "\n",
              "Port " + port,
              "ListenAddress 127.0.0.1",
              "HostKey " + dir.resolve("host_ed25519"),
              "PidFile none",
              "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
              "UsePAM no",
              "StrictModes no",
              "PermitRootLogin prohibit-password",
              "PasswordAuthentication no",
              "KbdInteractiveAuthentication no",
              "MaxSessions 10",
              "Subsystem sftp internal-sftp",
              "LogLevel VERBOSE",
              chroot == null ? "" : "ChrootDirectory " + chroot,
              String.join("\n", withShellTimeouts(extraConfig)),
              ""),
          StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("known_hosts"),
          "[127.0.0.1]:"
              + port
              + " "
              + Files.readString(dir.resolve("host_ed25519.pub")).strip()
              + "\n");
      Process p =
          new ProcessBuilder(
                  SSHD.toString(), "-D", "-e", "-f", dir.resolve("sshd_config").toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("sshd.log").toFile()))
              .start();
      Sshd sshd = new Sshd(dir, port, p, chroot);
      sshd.awaitListening();
      return sshd;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void keygen(Path key) throws IOException {
    if (Files.exists(key)) {
      return;
    }
    run(
        List.of(
            SSH_KEYGEN.toString(),
            "-q",
            "-t",
            "ed25519",
            "-N",
            "",
            "-C",
            "gcb-test",
            "-f",
            key.toString()));
  }

  /**
   * Runs a command to completion and fails unless it exits 0.
   *
   * @param argv the command
   * @return stdout and stderr merged
   */
  public static String run(List<String> argv) {
    try {
      Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(argv + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private void awaitListening() throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "sshd exited with "
                + process.exitValue()
                + ": "
                + Files.readString(dir.resolve("sshd.log")));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException e) {
        sleep(50);
      }
    }
    throw new IllegalStateException(
        "sshd did not listen on "
            + port
            + " within 15 s: "
            + Files.readString(dir.resolve("sshd.log")));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Returns the port sshd listens on.
   *
   * @return the port on 127.0.0.1
   */
  public int port() {
    return port;
  }

  /**
   * Returns the process id of the listening sshd, the parent of every session's process.
   *
   * @return the pid
   */
  public long pid() {
    return process.pid();
  }

  /**
   * Returns the fixture directory (keys, config, log).
   *
   * @return the directory
   */
  public Path dir() {
    return dir;
  }

  /**
   * Returns the private key authorized for the current user.
   *
   * @return the ed25519 key file
   */
  public Path userKey() {
    return dir.resolve("id_ed25519");
  }

  /**
   * Returns a known_hosts file that trusts this server.
   *
   * @return the file
   */
  public Path knownHosts() {
    return dir.resolve("known_hosts");
  }

  /**
   * Returns the host key's fingerprint as ssh-keygen prints it.
   *
   * @return {@code SHA256:...}
   */
  public String hostFingerprint() {
    String out =
        run(List.of(SSH_KEYGEN.toString(), "-lf", dir.resolve("host_ed25519.pub").toString()));
    return out.split("\\s+")[1];
  }

  /**
   * Returns an ssh config block reaching this server under an alias with its user key.
   *
   * @param alias the {@code Host} pattern
   * @param knownHosts the known_hosts file the block names
   * @return the lines, ending with a newline; add more settings after them
   */
  public String configBlock(String alias, Path knownHosts) {
    return String.join(
        "\n",
        "Host " + alias,
        "  HostName 127.0.0.1",
        "  Port " + port,
        "  IdentityFile " + userKey(),
        "  UserKnownHostsFile " + knownHosts,
        "");
  }

  /**
   * Returns a builder for the current user on this server, trusting it through known_hosts.
   *
   * @return the builder
   */
  public SshHost.Builder hostBuilder() {
    return SshHost.builder()
        .host("127.0.0.1")
        .port(port)
        .user(System.getProperty("user.name"))
        .identityFile(userKey())
        .knownHosts(knownHosts())
        .remoteCacheDir(dir.resolve("remote-cache").toString());
  }

  /**
   * Kills the server's per-connection processes only, as when the network drops: the shells and
   * programs of the sessions are left to notice on their own that their pipes closed.
   */
  public void killConnections() {
    process
        .toHandle()
        .descendants()
        .filter(
            p ->
                p.info()
                    .command()
                    .map(c -> c.endsWith("/sshd") || c.endsWith("/sshd-session"))
                    .orElse(false))
        .forEach(ProcessHandle::destroyForcibly);
  }

  /** Kills sshd and every process it started (sessions, shells, go), like a crashed host. */
  public void kill() {
    List<ProcessHandle> all = new ArrayList<>();
    process.toHandle().descendants().forEach(all::add);
    process.destroyForcibly();
    all.forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    kill();
    if (chroot != null) {
      // This fixture's directory as the sessions saw it, and its parents emptied by that, up to
      // the root's own top-level directories.
      Path inside = Path.of(chroot + dir.toString());
      run(List.of("rm", "-rf", inside.toString()));
      for (Path p = inside.getParent();
          p.getNameCount() > chroot.getNameCount() + 1 && p.toFile().delete();
          p = p.getParent()) {
        // File.delete removes a directory only when it is empty.
      }
    }
  }
}
