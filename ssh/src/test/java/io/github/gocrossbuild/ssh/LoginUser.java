package io.github.gocrossbuild.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway local account whose {@code go} is on the login shell's PATH only: {@code ~/.profile}
 * adds it and {@code ~/.bashrc} starts with Debian's non-interactive guard. It gets its own sshd in
 * a world-readable directory, since sshd reads authorized_keys as the user.
 */
final class LoginUser implements AutoCloseable {
  private final String name;
  private final Path home;
  private final Path sshdDir;
  private final Sshd sshd;

  private LoginUser(String name, Path home, Path sshdDir, Sshd sshd) {
    this.name = name;
    this.home = home;
    this.sshdDir = sshdDir;
    this.sshd = sshd;
  }

  static LoginUser create() throws IOException {
    return create(true);
  }

  /**
   * Creates the account.
   *
   * @param withGo whether {@code ~/.profile} puts a go on PATH; without it the account's PATH has
   *     no go at all
   * @return the account, with its own sshd running
   * @throws IOException when the home directory cannot be set up
   */
  static LoginUser create(boolean withGo) throws IOException {
    boolean root = "root".equals(System.getProperty("user.name"));
    if (!root || !Files.isExecutable(Path.of("/usr/sbin/useradd"))) {
      String msg = "creating a throwaway user needs root and useradd (Debian package passwd)";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(msg);
      }
      Assumptions.abort(msg);
    }
    String name = "gcb" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    Path home = Files.createTempDirectory(Path.of("/tmp"), "gcb-home-");
    Path sshdDir = Files.createTempDirectory(Path.of("/tmp"), "gcb-sshd-");
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(sshdDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    // "*" rather than useradd's locked "!": sshd without PAM refuses locked accounts.
    Sshd.run(List.of("useradd", "-M", "-d", home.toString(), "-s", "/bin/bash", "-p", "*", name));
    Path bin = home.resolve("tools/bin");
    Files.createDirectories(bin);
    if (withGo) {
      Files.createSymbolicLink(bin.resolve("go"), Sshd.GO);
    }
    Files.writeString(
        home.resolve(".profile"),
        "export PATH=\"$HOME/tools/bin:$PATH\"\n"
            + "export GCB_FROM_PROFILE=yes\n"
            + "[ -f \"$HOME/.bashrc\" ] && . \"$HOME/.bashrc\"\n");
    Files.writeString(
        home.resolve(".bashrc"),
        "case $- in\n  *i*) ;;\n  *) return;;\nesac\n" + "export PATH=\"$HOME/tools/bin:$PATH\"\n");
    Sshd.run(List.of("chown", "-R", name + ":", home.toString()));
    Sshd sshd = Sshd.start(sshdDir);
    Files.setPosixFilePermissions(
        sshdDir.resolve("authorized_keys"), PosixFilePermissions.fromString("rw-r--r--"));
    return new LoginUser(name, home, sshdDir, sshd);
  }

  String name() {
    return name;
  }

  String home() {
    return home.toString();
  }

  Sshd sshd() {
    return sshd;
  }

  @Override
  public void close() {
    sshd.close();
    try {
      Sshd.run(List.of("userdel", name));
    } catch (RuntimeException e) {
      // Best effort: a leftover test account has no password and no key of its own.
    }
    Sshd.run(List.of("rm", "-rf", home.toString(), sshdDir.toString()));
  }
}
