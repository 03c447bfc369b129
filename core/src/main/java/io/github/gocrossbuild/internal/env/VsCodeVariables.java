package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.spi.FileView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three substitutions that touch environment values in a VS Code workspace, each exactly where
 * it happens:
 *
 * <ul>
 *   <li>VS Code's variable resolver ({@code ${env:NAME}}, {@code ${workspaceFolder}}, ...) for
 *       tasks.json and launch.json values;
 *   <li>the Go extension's {@code substituteEnv} ({@code ${env:NAME}} only) then {@code
 *       resolvePath} for {@code go.toolsEnvVars}, {@code go.gopath}, {@code go.goroot};
 *   <li>{@code resolvePath} alone for {@code go.testEnvVars} (no {@code ${env:}}).
 * </ul>
 *
 * <p>All are single pass, as in VS Code: a substituted value is never scanned again, so {@code
 * ${env:A}} whose value is {@code ${env:B}} yields that text, and cycles cannot loop.
 */
public final class VsCodeVariables {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)\\}");
  private static final Pattern ENV_ONLY = Pattern.compile("\\$\\{env:([^}]+)\\}");

  /** What a resolver needs: the workspace, the process environment and the settings. */
  public static final class Context {
    final String workspaceFolder;
    final String separator;
    final Map<String, String> processEnv;
    final Map<String, String> settings;
    final String home;
    final FileView files;
    final Map<String, String> processOrigins;

    /**
     * Creates a context of a workspace on this machine.
     *
     * @param workspaceFolder the workspace folder path
     * @param separator the path separator of the OS ({@code /} or {@code \})
     * @param processEnv VS Code's process environment
     * @param settings scalar settings for {@code ${config:...}}
     */
    public Context(
        String workspaceFolder,
        String separator,
        Map<String, String> processEnv,
        Map<String, String> settings) {
      this(workspaceFolder, separator, processEnv, settings, FileView.local(), Map.of());
    }

    /**
     * Creates a context of a workspace on the machine a file view shows.
     *
     * @param workspaceFolder the workspace folder path
     * @param separator the path separator of the OS ({@code /} or {@code \})
     * @param processEnv VS Code's process environment
     * @param settings scalar settings for {@code ${config:...}}
     * @param files that machine's files (env files, the inferred GOPATH)
     * @param processOrigins where process variables were set, by name (a login shell's file and
     *     line); a variable without one comes from VS Code's process environment
     */
    public Context(
        String workspaceFolder,
        String separator,
        Map<String, String> processEnv,
        Map<String, String> settings,
        FileView files,
        Map<String, String> processOrigins) {
      this.workspaceFolder = workspaceFolder;
      this.separator = separator;
      this.processEnv = processEnv;
      this.settings = settings;
      this.home = processEnv.getOrDefault("HOME", processEnv.getOrDefault("USERPROFILE", ""));
      this.files = files;
      this.processOrigins = processOrigins;
    }
  }

  /** A substituted value and the variables that could not be resolved (left as written). */
  public static final class Result {
    private final String value;
    private final List<String> unresolved;

    Result(String value, List<String> unresolved) {
      this.value = value;
      this.unresolved = Collections.unmodifiableList(unresolved);
    }

    /**
     * Returns the value.
     *
     * @return the value after substitution
     */
    public String value() {
      return value;
    }

    /**
     * Returns the variables left as written (interactive ones such as {@code ${input:x}}).
     *
     * @return e.g. {@code ${input:target}}
     */
    public List<String> unresolved() {
      return unresolved;
    }
  }

  private VsCodeVariables() {}

  /**
   * Resolves like VS Code's configuration resolver.
   *
   * @param value the value as written
   * @param ctx the context
   * @return the value; unknown environment variables become empty, as in VS Code
   */
  public static Result vsCode(String value, Context ctx) {
    List<String> unresolved = new ArrayList<>();
    Matcher m = VARIABLE.matcher(value);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement = resolveOne(name, ctx);
      if (replacement == null) {
        unresolved.add(m.group());
        replacement = m.group();
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return new Result(sb.toString(), unresolved);
  }

  private static String resolveOne(String name, Context ctx) {
    if (name.startsWith("env:")) {
      return ctx.processEnv.getOrDefault(name.substring(4), "");
    }
    if (name.startsWith("config:")) {
      return ctx.settings.get(name.substring(7));
    }
    switch (name) {
      case "workspaceFolder":
      case "workspaceRoot":
        return ctx.workspaceFolder;
      case "workspaceFolderBasename":
        {
          String f = ctx.workspaceFolder;
          int i = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\'));
          return f.substring(i + 1);
        }
      case "userHome":
        return ctx.home;
      case "pathSeparator":
      case "/":
        return ctx.separator;
      default:
        return null;
    }
  }

  /**
   * The Go extension's {@code substituteEnv} then {@code resolvePath}, as for {@code
   * go.toolsEnvVars}.
   *
   * @param value the value as written
   * @param ctx the context
   * @return the value
   */
  public static String goExtension(String value, Context ctx) {
    Matcher m = ENV_ONLY.matcher(value);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          sb, Matcher.quoteReplacement(ctx.processEnv.getOrDefault(m.group(1).trim(), "")));
    }
    m.appendTail(sb);
    return resolvePath(sb.toString(), ctx);
  }

  /**
   * The Go extension's {@code resolvePath}: workspace variables and a leading {@code ~}.
   *
   * @param value the value as written
   * @param ctx the context
   * @return the value
   */
  public static String resolvePath(String value, Context ctx) {
    if (value.isBlank()) {
      return value;
    }
    String base = ctx.workspaceFolder;
    int i = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
    String out =
        value
            .replace("${workspaceRoot}", base)
            .replace("${workspaceFolder}", base)
            .replace("${workspaceFolderBasename}", base.substring(i + 1));
    if (out.startsWith("~") && !ctx.separator.equals("\\")) {
      out = ctx.home + out.substring(1);
    }
    return out;
  }
}
