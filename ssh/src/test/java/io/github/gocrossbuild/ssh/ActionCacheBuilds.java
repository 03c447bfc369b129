package io.github.gocrossbuild.ssh;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.spi.BuildHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the tests of Go's action cache shared with SSH hosts have in common. */
final class ActionCacheBuilds {
  private ActionCacheBuilds() {}

  /**
   * Returns this machine as a build host whose go is the given one.
   *
   * @param go the go command
   * @return the local host, its PATH starting with the go command's directory
   */
  static BuildHost local(Path go) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("PATH", go.getParent() + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("GOTOOLCHAIN", "local");
    env.remove("GOFLAGS");
    return BuildHosts.local(env);
  }

  /**
   * Counts the packages go compiled, as {@code -x} shows them.
   *
   * @param r a build run with {@code GOFLAGS=-x}
   * @return the number of {@code compile} commands
   */
  static long compiles(BuildResult r) {
    return r.output().lines().filter(l -> l.matches(".*/compile -o .*")).count();
  }

  /**
   * Deletes the build cache's whole-result entries, keeping Go's action cache: a result's key names
   * the toolchain, not the host, so a host would otherwise reuse another's binary and run no go.
   *
   * @param cacheDir the build cache's directory
   * @throws IOException when it cannot be listed
   */
  static void forgetResults(Path cacheDir) throws IOException {
    try (Stream<Path> entries = Files.list(cacheDir)) {
      for (Path p :
          entries.filter(p -> !p.getFileName().toString().equals("go-actions")).toList()) {
        Sshd.run(List.of("rm", "-rf", p.toString()));
      }
    }
  }
}
