package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.internal.env.GoEnvFiles;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.ssh.SshException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The library's directories on the host: {@code <cache>/gocrossbuild/ws/<id>} per local module
 * (with {@code src} and {@code tmp}), created 0700 because sources may be private. Creating a
 * workspace also sweeps temporary files that killed runs left behind.
 */
public final class Workspaces {
  /** Temporary files older than this were left by a run that died; live ones last seconds. */
  static final int STALE_MINUTES = 30;

  private final SshConnection connection;
  private final Supplier<HostFacts> facts;

  /** The directories created and swept by this connection, keyed on their remote path. */
  private final BoundedCache<String, String> ready = BoundedCache.create("Workspaces.ready", 64);

  /**
   * Creates the workspace manager of one connection.
   *
   * @param connection the connection
   * @param facts the host facts, gathered on first use
   */
  public Workspaces(SshConnection connection, Supplier<HostFacts> facts) {
    this.connection = connection;
    this.facts = facts;
  }

  /**
   * Returns the base directory of the library on the host.
   *
   * @return e.g. {@code /home/builder/.cache/gocrossbuild}
   */
  public String base() {
    return connection
        .host()
        .remoteCacheDir()
        .orElseGet(() -> facts.get().cacheHome() + "/gocrossbuild");
  }

  /**
   * Returns the workspace of a local module, creating it on first use.
   *
   * @param moduleDir the absolute local module directory
   * @return the remote workspace directory
   */
  public String workspaceFor(Path moduleDir) {
    String ws = base() + "/ws/" + id(moduleDir);
    return ready.get(ws, this::create);
  }

  /**
   * Returns a private directory for temporary files not tied to a module.
   *
   * @return the directory, created 0700
   */
  public String scratch() {
    return ready.get(base() + "/run", this::create) + "/tmp";
  }

  private String create(String ws) {
    String base = ShellQuote.quote(base());
    String q = ShellQuote.quote(ws);
    String script =
        String.join(
            "\n",
            "umask 077",
            "mkdir -p " + q + "/src " + q + "/tmp || exit 1",
            "chmod 700 " + base + " " + q + " || exit 1",
            "find " + q + "/tmp -type f -mmin +" + STALE_MINUTES + " -exec rm -f {} + 2>/dev/null",
            "printf '@@GCB-OK\\n'");
    RemoteShell.Result r = connection.shell().run("create workspace", script);
    if (r.exitCode() != 0 || r.marker("OK").isEmpty()) {
      throw new SshException(
          "Cannot create the workspace "
              + ws
              + " on "
              + connection.host().address()
              + " (exit code "
              + r.exitCode()
              + "): "
              + r.output()
              + ". Set SshHost.remoteCacheDir(...) to a writable directory.",
          connection.host().address(),
          "create workspace",
          null);
    }
    return ws;
  }

  /**
   * Names a module's workspace: a hash of this machine's name and the module's absolute path (two
   * checkouts never share one), plus the directory name for people looking around.
   *
   * @param moduleDir the absolute module directory
   * @return e.g. {@code 3f2a9c0d1e2b4a5f-hello}
   */
  static String id(Path moduleDir) {
    String machine;
    try {
      machine = InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException | RuntimeException e) {
      machine = "unknown";
    }
    byte[] digest =
        Sha256.digest()
            .digest(
                (machine + "\0" + moduleDir.toAbsolutePath().normalize())
                    .getBytes(StandardCharsets.UTF_8));
    Path name = moduleDir.getFileName();
    String readable = name == null ? "root" : RemoteBuild.sanitize(name.toString());
    return HexFormat.of().formatHex(digest, 0, 8)
        + "-"
        + (readable.length() > 32 ? readable.substring(0, 32) : readable);
  }

  /**
   * Reads the go env files on the host and assembles the environment {@code go} inherits there.
   *
   * @param toolchain the toolchain ({@code GOENV} and {@code GOROOT} locate the files)
   * @param variables the process environment commands get on the host
   * @return the host environment
   */
  public HostEnvironment environment(Toolchain toolchain, Map<String, String> variables) {
    String goenv = toolchain.goEnv().getOrDefault("GOENV", "");
    Optional<String> userFile =
        goenv.isEmpty() || goenv.equals("off") ? Optional.empty() : Optional.of(goenv);
    String script =
        "hex() { od -An -v -tx1 \"$1\" 2>/dev/null | tr -d ' \\n'; }\n"
            + "printf '@@GCB-USER %s\\n' \"$(hex "
            + ShellQuote.quote(userFile.orElse("/dev/null"))
            + ")\"\n"
            + "printf '@@GCB-GOROOT %s\\n' \"$(hex "
            + ShellQuote.quote(toolchain.goRoot().map(r -> r + "/go.env").orElse("/dev/null"))
            + ")\"";
    RemoteShell.Result r = connection.shell().run("read go env files", script);
    Map<String, String> goRoot =
        new LinkedHashMap<>(GoEnvFiles.parse(unhex(r.marker("GOROOT").orElse(""))));
    goRoot.remove("GOROOT");
    return HostEnvironment.builder()
        .variables(variables)
        .userEnvFile(userFile)
        .userEnvFileValues(GoEnvFiles.parse(unhex(r.marker("USER").orElse(""))))
        .goRootEnvValues(goRoot)
        .build();
  }

  static String unhex(String hex) {
    String h = hex.strip();
    byte[] b = new byte[h.length() / 2];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
    }
    return new String(b, StandardCharsets.UTF_8);
  }
}
