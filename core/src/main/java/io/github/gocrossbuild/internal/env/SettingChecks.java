package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.config.VsCodeSettings;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvFinding.Severity;
import io.github.gocrossbuild.env.EnvFindingId;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.spi.FileView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the paths and tools settings name against the machine where the workspace lives (for a
 * Remote-SSH workspace, the server): {@code go.goroot}, {@code go.gopath}, {@code go.toolsGopath},
 * {@code go.alternateTools} and the formatter of {@code go.formatTool}, looked up where the Go
 * extension's {@code getBinPath} looks.
 */
public final class SettingChecks {
  /** Formatters the extension runs itself; the rest ({@code default}, gofmt, custom) need none. */
  private static final Map<String, String> FORMATTERS =
      Map.of(
          "gofumpt", "mvdan.cc/gofumpt@latest",
          "goimports", "golang.org/x/tools/cmd/goimports@latest",
          "goreturns", "github.com/sqs/goreturns@latest");

  private SettingChecks() {}

  /**
   * Checks the settings.
   *
   * @param settings the (merged) settings
   * @param ctx the workspace's substitution context: folder, home, files
   * @param tools the Go extension's tool environment (PATH, GOPATH, GOBIN)
   * @return the findings, ids {@code env.setting-path-missing} and {@code env.format-tool-missing}
   */
  public static List<EnvFinding> check(
      VsCodeSettings settings, VsCodeVariables.Context ctx, ResolvedEnv tools) {
    FileView files = ctx.files;
    List<EnvFinding> out = new ArrayList<>();
    settings
        .goroot()
        .filter(s -> !s.isBlank())
        .map(s -> VsCodeVariables.goExtension(s, ctx))
        .ifPresent(
            p -> {
              String problem =
                  files.kind(p) != FileView.Kind.DIRECTORY
                      ? "does not exist"
                      : files.kind(join(ctx, p, "bin", "go")) == FileView.Kind.MISSING
                          ? "holds no bin/go"
                          : null;
              if (problem != null) {
                out.add(
                    missing(
                        Severity.ERROR,
                        settings.origin("go.goroot"),
                        files.describe(p),
                        problem,
                        "the Go extension runs no go from it; set it to the GOROOT of a Go"
                            + " installed there (`go env GOROOT`) or remove the setting"));
              }
            });
    for (String key : List.of("go.gopath", "go.toolsGopath")) {
      Optional<String> value = key.equals("go.gopath") ? settings.gopath() : settings.toolsGopath();
      for (String dir :
          value.filter(s -> !s.isBlank()).map(s -> s.split(list(ctx))).orElse(new String[0])) {
        String p = VsCodeVariables.goExtension(dir, ctx);
        if (files.kind(p) != FileView.Kind.DIRECTORY) {
          out.add(
              missing(
                  Severity.WARNING,
                  settings.origin(key),
                  files.describe(p),
                  "is not a directory",
                  "tools installed or looked up there are not found; create it, point the setting"
                      + " at an existing directory of this machine, or remove the setting"));
        }
      }
    }
    settings
        .alternateTools()
        .forEach(
            (tool, value) -> {
              String p = VsCodeVariables.resolvePath(value, ctx);
              boolean found =
                  p.contains("/")
                      ? files.isExecutable(p)
                      : GoEnvResolver.lookup(files).exists(p, tools.processEnvironment());
              if (!found) {
                out.add(
                    missing(
                        Severity.ERROR,
                        settings.origin("go.alternateTools") + " \"" + tool + "\"",
                        p.contains("/") ? files.describe(p) : p + " (on PATH)",
                        "is not an executable file",
                        "the Go extension fails to run "
                            + tool
                            + "; install it there or fix the"
                            + " path"));
              }
            });
    formatter(settings, ctx, tools).ifPresent(out::add);
    return out;
  }

  private static Optional<EnvFinding> formatter(
      VsCodeSettings settings, VsCodeVariables.Context ctx, ResolvedEnv tools) {
    String tool = settings.scalarSettings().getOrDefault("go.formatTool", "default");
    if (!FORMATTERS.containsKey(tool) || settings.alternateTools().containsKey(tool)) {
      return Optional.empty();
    }
    FileView files = ctx.files;
    Set<String> dirs = new LinkedHashSet<>();
    settings
        .toolsGopath()
        .filter(s -> !s.isBlank())
        .ifPresent(s -> dirs.add(join(ctx, VsCodeVariables.resolvePath(s, ctx), "bin")));
    tools.get("GOBIN").filter(s -> !s.isEmpty()).ifPresent(dirs::add);
    for (String gopath : tools.get("GOPATH").orElse(join(ctx, ctx.home, "go")).split(list(ctx))) {
      if (!gopath.isEmpty()) {
        dirs.add(join(ctx, gopath, "bin"));
      }
    }
    for (String dir : dirs) {
      if (files.isExecutable(join(ctx, dir, tool))) {
        return Optional.empty();
      }
    }
    if (GoEnvResolver.lookup(files).exists(tool, tools.processEnvironment())) {
      return Optional.empty();
    }
    List<String> looked = new ArrayList<>();
    dirs.forEach(d -> looked.add(files.describe(join(ctx, d, tool))));
    looked.add("PATH");
    return Optional.of(
        EnvFinding.of(
            EnvFindingId.FORMAT_TOOL_MISSING,
            Severity.ERROR,
            String.format(
                "%s is %s, but %s is not installed there (looked at %s): formatting a Go file"
                    + " fails. Run `go install %s` there (or Go: Install/Update Tools), or set"
                    + " go.formatTool to default.",
                settings.origin("go.formatTool"),
                tool,
                tool,
                String.join(", ", looked),
                FORMATTERS.get(tool))));
  }

  private static EnvFinding missing(
      Severity severity, String setting, String path, String problem, String fix) {
    return EnvFinding.of(
        EnvFindingId.SETTING_PATH_MISSING,
        severity,
        String.format("%s names %s, which %s there: %s.", setting, path, problem, fix));
  }

  private static String join(VsCodeVariables.Context ctx, String... parts) {
    return String.join(ctx.separator, parts);
  }

  /** The GOPATH list separator of the machine. */
  private static String list(VsCodeVariables.Context ctx) {
    return ctx.separator.equals("\\") ? ";" : ":";
  }
}
