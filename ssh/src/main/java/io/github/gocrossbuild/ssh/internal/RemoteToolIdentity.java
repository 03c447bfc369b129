package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.internal.GoQuotedFields;
import io.github.gocrossbuild.spi.HostToolIdentity;
import io.github.gocrossbuild.spi.Toolchain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Identifies the programs that make a build's bytes on an SSH host, for the build cache's key: the
 * toolchain's {@code go version} and the SHA-256 of {@code compile} and {@code link} in its {@code
 * GOTOOLDIR}, and for cgo the C compiler's resolved path, first {@code --version} line and the
 * SHA-256 of the C library files it names ({@link RemoteLibc}). One remote command per build does
 * it all. What it learns is remembered per connection with each file's size, modification time and
 * inode: the command gets the remembered values and hashes (or runs {@code go version} and {@code
 * cc --version}) only when a file no longer has them, so a warm build's check is a few {@code stat}
 * calls and no {@code go} process.
 */
public final class RemoteToolIdentity {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * The remote script; its words come as positional parameters, each quoted with {@link
   * ShellQuote}: $1 go, $2 compile, $3 link, $4 their remembered stat, $5 the C compiler or empty,
   * $6 the build's PATH, $7 the compiler's remembered path and stat, then {@link RemoteLibc}'s.
   */
  private static final String SCRIPT =
      String.join(
          "\n",
          "st() { stat -L -c '%s %Y %i' \"$1\" 2>/dev/null || stat -L -f '%z %m %i' \"$1\" 2>/dev/null; }",
          "h() { { sha256sum 2>/dev/null || shasum -a 256; } < \"$1\" | cut -d ' ' -f 1; }",
          "s=\"$(st \"$2\")|$(st \"$3\")\"",
          "printf '@@GCB-GOSTAT %s\\n' \"$s\"",
          "if [ \"$s\" != \"$4\" ]; then",
          "  printf '@@GCB-GOVERSION %s\\n' \"$(GOTOOLCHAIN=local \"$1\" version 2>/dev/null | head -n 1)\"",
          "  printf '@@GCB-COMPILE %s\\n' \"$(h \"$2\")\"",
          "  printf '@@GCB-LINK %s\\n' \"$(h \"$3\")\"",
          "fi",
          "if [ -n \"$5\" ]; then",
          "  c=$(PATH=$6; command -v \"$5\" 2>/dev/null)",
          "  if [ -n \"$c\" ]; then",
          "    s=\"$c $(st \"$c\")\"",
          "    printf '@@GCB-CCPATH %s\\n' \"$c\"",
          "    printf '@@GCB-CCSTAT %s\\n' \"$s\"",
          "    if [ \"$s\" != \"$7\" ]; then",
          "      v=$(\"$c\" --version 2>&1) && printf '@@GCB-CCVERSION %s\\n' \"$(printf '%s\\n' \"$v\" | head -n 1)\"",
          "    fi",
          RemoteLibc.SCRIPT,
          "  fi",
          "fi");

  /**
   * A toolchain as last identified.
   *
   * @param stat its compile and link files' size, time and inode
   * @param version the {@code go version} line
   * @param compile the compiler's SHA-256
   * @param link the linker's SHA-256
   */
  private record GoSeen(String stat, String version, String compile, String link) {}

  /**
   * A C compiler as last identified.
   *
   * @param seen its resolved path, size, time and inode
   * @param path its resolved path
   * @param version its first {@code --version} line
   * @param libc the C library files it names, by name
   */
  private record CcSeen(
      String seen, String path, String version, Map<String, RemoteLibc.Seen> libc) {}

  /** Toolchains, keyed on the go command and its GOTOOLDIR. */
  private final BoundedCache<String, GoSeen> toolchains =
      BoundedCache.create("SshBuildHost.toolIdentities", 8);

  /** C compilers, keyed on the name asked for, the PATH it is looked up in and its flags. */
  private final BoundedCache<String, CcSeen> compilers =
      BoundedCache.create("SshBuildHost.compilerIdentities", 16);

  private final Supplier<RemoteShell> shell;

  /**
   * Identifies through a connection's shell.
   *
   * @param shell the host's shell
   */
  public RemoteToolIdentity(Supplier<RemoteShell> shell) {
    this.shell = shell;
  }

  /**
   * Identifies a toolchain and, for cgo, a C compiler.
   *
   * @param toolchain the host's toolchain
   * @param cc the build's {@code CC}, or empty without cgo
   * @param ccFlags the further words the build gives the C compiler
   * @param path the {@code PATH} the build runs with
   * @return the identity, or empty when the files cannot be found or hashed
   */
  public Optional<HostToolIdentity> identify(
      Toolchain toolchain, Optional<String> cc, List<String> ccFlags, String path) {
    String toolDir = toolchain.goEnv().getOrDefault("GOTOOLDIR", "");
    if (toolDir.isEmpty()) {
      return Optional.empty();
    }
    String goKey = toolchain.goCommand() + "\0" + toolDir;
    Optional<GoSeen> go = toolchains.peek(goKey);
    String ccName =
        cc.map(GoQuotedFields::split).filter(w -> !w.isEmpty()).map(w -> w.get(0)).orElse("");
    String ccKey = ccName + "\0" + path + "\0" + String.join("\0", ccFlags);
    Optional<CcSeen> c = ccName.isEmpty() ? Optional.empty() : compilers.peek(ccKey);
    List<String> words = new ArrayList<>();
    words.add(toolchain.goCommand());
    words.add(toolDir + "/compile");
    words.add(toolDir + "/link");
    words.add(go.map(GoSeen::stat).orElse(""));
    words.add(ccName);
    words.add(path);
    words.add(c.map(CcSeen::seen).orElse(""));
    words.add(String.join(" ", HostToolIdentity.LIBC_FILES));
    words.add(RemoteLibc.known(c.map(CcSeen::libc).orElse(Map.of())));
    words.addAll(ccFlags);
    RemoteShell.Result r =
        shell
            .get()
            .run("identify the toolchain", "set -- " + ShellQuote.join(words) + "\n" + SCRIPT);
    Optional<GoSeen> goNow = goSeen(r, go, toolchain);
    if (goNow.isEmpty()) {
      return Optional.empty();
    }
    toolchains.put(goKey, goNow.get());
    Optional<CcSeen> ccNow = ccName.isEmpty() ? Optional.empty() : ccSeen(r, c);
    Map<String, RemoteLibc.Seen> libc =
        RemoteLibc.read(r.markers("LIBC"), c.map(CcSeen::libc).orElse(Map.of())).orElse(Map.of());
    ccNow = ccNow.map(seen -> new CcSeen(seen.seen(), seen.path(), seen.version(), libc));
    ccNow.ifPresent(seen -> compilers.put(ccKey, seen));
    GoSeen g = goNow.get();
    return Optional.of(
        new HostToolIdentity(
            g.version(),
            g.compile(),
            g.link(),
            ccNow.map(CcSeen::path),
            ccNow.map(CcSeen::version),
            ccNow.map(seen -> RemoteLibc.sha256(seen.libc())).orElse(Map.of())));
  }

  private static Optional<GoSeen> goSeen(
      RemoteShell.Result r, Optional<GoSeen> before, Toolchain toolchain) {
    String stat = r.marker("GOSTAT").orElse("").strip();
    if (stat.startsWith("|") || stat.endsWith("|") || stat.isEmpty()) {
      return Optional.empty();
    }
    if (before.isPresent() && before.get().stat().equals(stat)) {
      return before;
    }
    String compile = r.marker("COMPILE").orElse("").strip();
    String link = r.marker("LINK").orElse("").strip();
    if (!SHA256.matcher(compile).matches() || !SHA256.matcher(link).matches()) {
      return Optional.empty();
    }
    String version = r.marker("GOVERSION").orElse("").strip();
    return Optional.of(
        new GoSeen(
            stat,
            version.startsWith("go version ") ? version : toolchain.versionOutput().strip(),
            compile,
            link));
  }

  private static Optional<CcSeen> ccSeen(RemoteShell.Result r, Optional<CcSeen> before) {
    String seen = r.marker("CCSTAT").orElse("").strip();
    if (seen.isEmpty()) {
      return Optional.empty();
    }
    if (before.isPresent() && before.get().seen().equals(seen)) {
      return before;
    }
    String version = r.marker("CCVERSION").orElse("").strip();
    String path = r.marker("CCPATH").orElse("");
    if (version.isEmpty() || path.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CcSeen(seen, path, version, Map.of()));
  }
}
