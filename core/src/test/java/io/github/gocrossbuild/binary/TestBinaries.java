package io.github.gocrossbuild.binary;

import io.github.gocrossbuild.testing.RealTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Builds the test module {@code src/test/go/hello} with the real Go toolchain, once per JVM and at
 * most two builds at a time; outputs go to {@code target/go-fixtures}. The shared GOCACHE keeps
 * rebuilds in later runs fast (go does not even relink an up-to-date output).
 */
public final class TestBinaries {
  /** A fixture: a file name, the environment and the extra {@code go build} flags. */
  public record Fixture(String name, Map<String, String> env, List<String> flags) {}

  private static final Path MODULE = Path.of("src/test/go/hello").toAbsolutePath();
  private static final Path OUT = Path.of("target/go-fixtures").toAbsolutePath();
  private static final Map<String, CompletableFuture<Path>> BUILT = new ConcurrentHashMap<>();
  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "go-fixture-build");
            t.setDaemon(true);
            return t;
          });

  private TestBinaries() {}

  /**
   * Creates a cgo-off fixture built with {@code -trimpath}.
   *
   * @param goos GOOS
   * @param goarch GOARCH
   * @param extraEnv more variables as key, value pairs (e.g. {@code GOARM, 6})
   * @return the fixture
   */
  public static Fixture cross(String goos, String goarch, String... extraEnv) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GOOS", goos);
    env.put("GOARCH", goarch);
    env.put("CGO_ENABLED", "0");
    StringBuilder name = new StringBuilder("hello-" + goos + "-" + goarch);
    for (int i = 0; i + 1 < extraEnv.length; i += 2) {
      env.put(extraEnv[i], extraEnv[i + 1]);
      name.append('-').append(extraEnv[i + 1]);
    }
    if (goos.equals("windows")) {
      name.append(".exe");
    }
    return new Fixture(name.toString(), env, List.of("-trimpath"));
  }

  /**
   * Returns the {@code go} executable, or skips (fails under {@code CI=true}) when there is none.
   *
   * @return the go command
   */
  public static Path go() {
    return RealTools.go();
  }

  /**
   * Skips the test when a tool is missing, or fails it when the environment has {@code CI=true}.
   *
   * @param present whether the tool was found
   * @param what the tool and the package that provides it
   */
  public static void requireTool(boolean present, String what) {
    if (!present) {
      RealTools.missing(what);
    }
  }

  /**
   * Starts building fixtures in the background, two at a time.
   *
   * @param fixtures the fixtures
   */
  public static void prebuild(List<Fixture> fixtures) {
    Path go = go();
    fixtures.forEach(f -> future(go, f));
  }

  /**
   * Builds (or returns the already built) fixture.
   *
   * @param fixture the fixture
   * @return the executable
   */
  public static Path build(Fixture fixture) {
    try {
      return future(go(), fixture).get(10, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      throw new IllegalStateException("building " + fixture.name() + " failed", e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException("building " + fixture.name() + " failed", e);
    }
  }

  private static CompletableFuture<Path> future(Path go, Fixture f) {
    return BUILT.computeIfAbsent(
        f.name(), k -> CompletableFuture.supplyAsync(() -> runBuild(go, f), POOL));
  }

  private static Path runBuild(Path go, Fixture f) {
    Path out = OUT.resolve(f.name());
    List<String> argv = new ArrayList<>(List.of(go.toString(), "build", "-buildvcs=false"));
    argv.addAll(f.flags());
    argv.addAll(List.of("-o", out.toString(), "."));
    String output = run(go, argv, f.env());
    if (!Files.isRegularFile(out)) {
      throw new IllegalStateException("go build produced no " + out + ":\n" + output);
    }
    return out;
  }

  /**
   * Runs {@code go version -m} on a file.
   *
   * @param file the binary
   * @return its output
   */
  public static String goVersionM(Path file) {
    Path go = go();
    return run(go, List.of(go.toString(), "version", "-m", file.toString()), Map.of());
  }

  /**
   * Runs {@code go tool buildid} on a file.
   *
   * @param file the binary
   * @return the build ID it prints, without the line end
   */
  public static String goToolBuildId(Path file) {
    Path go = go();
    return run(go, List.of(go.toString(), "tool", "buildid", file.toString()), Map.of()).strip();
  }

  /**
   * Runs a command in the test module with the Go environment cleaned of outside settings.
   *
   * @param go the go executable (its directory goes first on PATH)
   * @param argv the command
   * @param env extra variables
   * @return the combined output
   */
  public static String run(Path go, List<String> argv, Map<String, String> env) {
    try {
      Files.createDirectories(OUT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return run(go, argv, env, MODULE);
  }

  /**
   * Runs a command in a directory with the Go environment cleaned of outside settings.
   *
   * @param go the go executable (its directory goes first on PATH)
   * @param argv the command
   * @param env extra variables
   * @param dir where it runs
   * @return the combined output
   */
  public static String run(Path go, List<String> argv, Map<String, String> env, Path dir) {
    try {
      ProcessBuilder pb =
          new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true);
      Map<String, String> e = pb.environment();
      e.keySet()
          .removeIf(
              k ->
                  k.equals("GOFLAGS")
                      || k.equals("GOOS")
                      || k.equals("GOARCH")
                      || k.equals("CGO_ENABLED")
                      || k.startsWith("GOARM")
                      || k.equals("GOAMD64")
                      || k.equals("GO386")
                      || k.equals("GOENV")
                      || k.equals("GOWORK"));
      e.put("GOTOOLCHAIN", "local");
      e.put("GOPROXY", "off");
      e.put("PATH", go.getParent() + ":" + e.getOrDefault("PATH", "/usr/bin:/bin"));
      e.putAll(env);
      Process p = pb.start();
      p.getOutputStream().close();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", argv) + " " + env + " failed:\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
