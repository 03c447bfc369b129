package io.github.gocrossbuild.internal.debug;

import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every host applies to Delve: version against the binary's Go, the command line, the
 * listening line, and the not-found message. {@link io.github.gocrossbuild.spi.DebugRequest}
 * applies them to a request; this class knows only strings, so the two do not depend on each other.
 *
 * <p>Delve 1.N supports Go up to 1.N (its {@code --check-go-version} refuses newer ones), so the
 * minor numbers are compared.
 */
public final class DelvePolicy {
  /** The warning id of a Delve older than the Go that built the binary. */
  public static final String TOO_OLD = BuildWarning.DEBUG_DELVE_TOO_OLD;

  private static final Pattern DELVE_VERSION = Pattern.compile("Version: (\\d+)\\.(\\d+)\\.(\\d+)");
  private static final Pattern LISTENING =
      Pattern.compile("API server listening at: 127\\.0\\.0\\.1:(\\d+)");
  private static final String INSTALL =
      "go install github.com/go-delve/delve/cmd/dlv@latest (lands in ~/go/bin), or the OS package"
          + " (apt-get install delve, brew install delve)";

  private DelvePolicy() {}

  /**
   * Reads Delve's version from {@code dlv version}.
   *
   * @param versionOutput the output
   * @return e.g. {@code 1.20.2}, or empty when there is none
   */
  public static Optional<String> delveVersion(String versionOutput) {
    Matcher m = DELVE_VERSION.matcher(versionOutput);
    return m.find()
        ? Optional.of(m.group(1) + "." + m.group(2) + "." + m.group(3))
        : Optional.empty();
  }

  /**
   * Tells whether a Delve is older than the Go it debugs.
   *
   * @param delveVersion e.g. {@code 1.20.2}
   * @param goVersion e.g. {@code go1.23.5}
   * @return true when Delve's minor number is below Go's (same major)
   */
  public static boolean olderThanGo(String delveVersion, String goVersion) {
    // Delve 1.N is numbered after the Go 1.N it supports, so its version reads as a Go version.
    Optional<GoVersion> delve = GoVersion.tryParse(delveVersion).map(GoVersion::language);
    Optional<GoVersion> go = GoVersion.tryParse(goVersion).map(GoVersion::language);
    return delve.isPresent() && go.isPresent() && go.get().isNewerThan(delve.get());
  }

  /**
   * Words the problem of a Delve older than the Go that built the binary.
   *
   * @param versionOutput what {@code dlv version} printed
   * @param goVersion the binary's Go, e.g. {@code go1.23.5}
   * @param dlv the Delve path as the host spells it
   * @param host the host's name
   * @param strict whether the caller refuses such a Delve (else it runs without the check)
   * @return the message, or empty when Delve is new enough or its version is unknown
   */
  public static Optional<String> tooOld(
      String versionOutput, String goVersion, String dlv, String host, boolean strict) {
    Optional<String> version = delveVersion(versionOutput);
    if (version.isEmpty() || !olderThanGo(version.get(), goVersion)) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            "Delve %s (%s on %s) is older than the %s that built the binary: Delve 1.N supports"
                + " Go up to 1.N. %s. Install a newer Delve: %s.",
            version.get(),
            dlv,
            host,
            goVersion,
            strict
                ? "Strict version checks were asked for (strictDelveVersion())"
                : "It runs with --check-go-version=false; stepping and variables may misbehave",
            INSTALL));
  }

  /**
   * Builds Delve's argv: headless on a loopback port the kernel picks, the program's arguments
   * after {@code --}.
   *
   * @param dlv the Delve path as the host spells it
   * @param binary the binary's path on the host
   * @param checkGoVersion false to add {@code --check-go-version=false} for an older Delve
   * @param args the program's arguments
   * @return the argv
   */
  public static List<String> argv(
      String dlv, String binary, boolean checkGoVersion, List<String> args) {
    List<String> argv = new ArrayList<>();
    argv.add(dlv);
    argv.add("exec");
    argv.add(binary);
    argv.add("--headless");
    argv.add("--listen=127.0.0.1:0");
    argv.add("--accept-multiclient");
    argv.add("--api-version=2");
    if (!checkGoVersion) {
      argv.add("--check-go-version=false");
    }
    argv.add("--");
    argv.addAll(args);
    return List.copyOf(argv);
  }

  /**
   * Reads the port from Delve's listening line.
   *
   * @param line one line of Delve's output
   * @return the port, or empty when the line is another one
   */
  public static Optional<Integer> listeningPort(String line) {
    Matcher m = LISTENING.matcher(line);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /**
   * Words the error for a host without a usable Delve.
   *
   * @param dlv the explicit Delve path asked for, or empty when one was looked for
   * @param host the host's name
   * @param looked every place looked
   * @return the message, with how to install Delve
   */
  public static String notFound(Optional<String> dlv, String host, List<String> looked) {
    return dlv.isPresent()
        ? String.format(
            "dlv(%s) is not a usable Delve on %s. Looked at: %s. Pass the path of a working dlv"
                + " or install one: %s.",
            dlv.get(), host, String.join("; ", looked), INSTALL)
        : String.format(
            "No Delve (dlv) found on %s. Looked at: %s. Install it on that host: %s; or pass"
                + " its path with dlv(...).",
            host, String.join("; ", looked), INSTALL);
  }
}
