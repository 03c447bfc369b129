package io.github.gocrossbuild.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.internal.jsonc.JsonText;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.spi.HostToolIdentity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The C library parts of a cgo build's cache key, as a manifest holds them and as the compiler and
 * {@code sha256sum} say they should be (each run as a separate process on this machine).
 */
public final class LibcParts {
  private LibcParts() {}

  /**
   * Returns a manifest's C library parts.
   *
   * @param r a keyed build
   * @return the {@code <file> sha256} parts, in the manifest's order
   */
  public static Map<String, String> of(BuildResult r) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonText.stringMembers("manifest", r.cacheManifest().orElseThrow())
        .forEach(
            (k, v) -> {
              if (HostToolIdentity.LIBC_FILES.contains(k.replace(" sha256", ""))) {
                out.put(k, v);
              }
            });
    return out;
  }

  /**
   * Returns what the parts should be: {@code sha256sum} of the file the compiler names for each of
   * {@link HostToolIdentity#LIBC_FILES}.
   *
   * @param cc the compiler and its flags, separated by spaces
   * @return the parts
   */
  public static Map<String, String> expected(String cc) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : HostToolIdentity.LIBC_FILES) {
      out.put(name + " sha256", sha256sum(printFileName(cc, name)));
    }
    return out;
  }

  /**
   * Asks a compiler where a file is.
   *
   * @param cc the compiler and its flags, separated by spaces
   * @param name the file's name
   * @return what it printed
   */
  public static String printFileName(String cc, String name) {
    List<String> argv = new ArrayList<>(List.of(cc.split(" ")));
    argv.add("-print-file-name=" + name);
    return run(argv);
  }

  /**
   * Hashes a file with {@code sha256sum}.
   *
   * @param file the file
   * @return its SHA-256, lower-case hex
   */
  public static String sha256sum(String file) {
    return run(List.of("sha256sum", file)).split(" ")[0];
  }

  private static String run(List<String> argv) {
    ProcessRunner.Result r =
        ProcessRunner.run(argv, Path.of("/"), System.getenv(), Optional.empty(), s -> {});
    assertThat(r.exitCode()).as("%s: %s", argv, r.output()).isEqualTo(0);
    return r.output().strip();
  }
}
