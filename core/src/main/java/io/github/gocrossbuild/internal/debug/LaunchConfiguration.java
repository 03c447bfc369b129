package io.github.gocrossbuild.internal.debug;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.jsonc.JsonText;

/**
 * Writes the VS Code launch.json configuration that attaches the Go extension to a headless Delve
 * through the DAP protocol ({@code "mode": "remote"}).
 *
 * <p>Debug builds use {@code -trimpath}, so the file names Delve reports for the main module are
 * {@code <module path>/<file>} (e.g. {@code example.com/hello/main.go}) on every host; {@code
 * substitutePath} maps the local module directory to that prefix, which is all VS Code needs to
 * place breakpoints and open frames.
 */
public final class LaunchConfiguration {
  private LaunchConfiguration() {}

  /**
   * Names a remote attach configuration.
   *
   * @param file the debug binary's file name
   * @param target its target
   * @param host the host it runs on
   * @return e.g. {@code Attach to app-debug-linux-arm64 (linux/arm64 on pi)}
   */
  public static String attachName(String file, Target target, String host) {
    return String.format("Attach to %s (%s on %s)", file, target, host);
  }

  /**
   * Returns the configuration as pretty-printed JSON text of one object.
   *
   * @param name the readable name VS Code lists
   * @param port the port on this machine's 127.0.0.1
   * @param localModuleDir the module directory on this machine
   * @param buildPath the prefix the binary's file names carry (the module path under -trimpath)
   * @return the JSON text
   */
  public static String remoteAttach(
      String name, int port, String localModuleDir, String buildPath) {
    String format =
        String.join(
            "\n",
            "{",
            "  \"name\": %s,",
            "  \"type\": \"go\",",
            "  \"request\": \"attach\",",
            "  \"mode\": \"remote\",",
            "  \"host\": \"127.0.0.1\",",
            "  \"port\": %d,",
            "  \"substitutePath\": [",
            "    {",
            "      \"from\": %s,",
            "      \"to\": %s",
            "    }",
            "  ]",
            "}");
    return String.format(
        format,
        JsonText.quote(name),
        port,
        JsonText.quote(localModuleDir),
        JsonText.quote(buildPath));
  }
}
