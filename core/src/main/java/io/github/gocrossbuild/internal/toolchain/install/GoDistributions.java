package io.github.gocrossbuild.internal.toolchain.install;

import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.GoVersion;
import io.github.gocrossbuild.Target;
import java.util.Optional;

/** Names in the official download layout: versions, archive file names, directory names. */
public final class GoDistributions {
  private GoDistributions() {}

  /**
   * Returns a version in Go's spelling, checked.
   *
   * @param version {@code 1.23.5} or {@code go1.23.5}
   * @return {@code go1.23.5}
   * @throws IllegalArgumentException when it is not a Go release version
   */
  public static String normalize(String version) {
    String v = version.strip();
    Optional<GoVersion> parsed = GoVersion.tryParse(v);
    // A suffix that parsing drops (go1.23.5-custom) names no official release.
    if (parsed.isEmpty() || !parsed.get().number().equals(v.replaceFirst("^go", ""))) {
      throw new IllegalArgumentException(
          String.format(
              "version: \"%s\" is not a Go release version such as 1.23.5 or go1.23.5", version));
    }
    return parsed.get().toString();
  }

  /**
   * Returns the archive's file name for a platform.
   *
   * @param version a normalized version
   * @param platform the platform the toolchain runs on
   * @return e.g. {@code go1.23.5.linux-arm64.tar.gz}, {@code go1.23.5.windows-amd64.zip}
   */
  public static String archiveName(String version, Target platform) {
    String ext = platform.goos() == GoOs.WINDOWS ? "zip" : "tar.gz";
    return String.format(
        "%s.%s-%s.%s", version, platform.goos().goName(), platform.goarch().goName(), ext);
  }

  /**
   * Returns the go command's path inside an installed distribution.
   *
   * @param os the OS it runs on
   * @return {@code bin/go} or {@code bin/go.exe}
   */
  public static String goCommand(GoOs os) {
    return os == GoOs.WINDOWS ? "bin/go.exe" : "bin/go";
  }
}
