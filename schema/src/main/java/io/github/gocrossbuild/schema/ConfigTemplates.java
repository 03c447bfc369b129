package io.github.gocrossbuild.schema;

import io.github.gocrossbuild.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes configuration files for Go cross-builds that pass this module's own validation: a VS Code
 * build task per target and a GoReleaser {@code builds} entry.
 *
 * <pre>{@code
 * String tasks = ConfigTemplates.tasksJson(List.of(Target.parse("linux/arm64")), "./cmd/app", "bin/app");
 * Files.writeString(Path.of(".vscode/tasks.json"), tasks);
 * }</pre>
 */
public final class ConfigTemplates {
  private ConfigTemplates() {}

  /**
   * Writes a {@code tasks.json} with one {@code go build} task per target: no shell, the target in
   * {@code options.env}, cgo off, {@code -trimpath}, the {@code $go} problem matcher; the first
   * task is the default build.
   *
   * @param targets the targets, at least one
   * @param pkg the package to build, e.g. {@code ./cmd/app}
   * @param output the output path without suffix; {@code -GOOS-GOARCH} and {@code .exe} are
   *     appended per target
   * @return the file content
   */
  public static String tasksJson(List<Target> targets, String pkg, String output) {
    requireTargets(targets);
    StringBuilder sb = new StringBuilder("{\n  \"version\": \"2.0.0\",\n  \"tasks\": [\n");
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      String out =
          output
              + "-"
              + t.goos().goName()
              + "-"
              + t.goarch().goName()
              + t.variant().map(v -> "-" + v).orElse("")
              + t.executableSuffix();
      sb.append("    {\n")
          .append("      \"label\": ")
          .append(json("go build " + t.platform()))
          .append(",\n")
          .append("      \"type\": \"process\",\n")
          .append("      \"command\": \"go\",\n")
          .append("      \"args\": [\"build\", \"-trimpath\", \"-o\", ")
          .append(json(out))
          .append(", ")
          .append(json(pkg))
          .append("],\n")
          .append("      \"options\": {\n        \"env\": {\n")
          .append("          \"GOOS\": ")
          .append(json(t.goos().goName()))
          .append(",\n")
          .append("          \"GOARCH\": ")
          .append(json(t.goarch().goName()))
          .append(",\n");
      if (t.variant().isPresent() && t.variantVariable().isPresent()) {
        sb.append("          ")
            .append(json(t.variantVariable().get()))
            .append(": ")
            .append(json(t.variant().get()))
            .append(",\n");
      }
      sb.append("          \"CGO_ENABLED\": \"0\"\n        }\n      },\n")
          .append("      \"group\": {\"kind\": \"build\", \"isDefault\": ")
          .append(i == 0)
          .append("},\n")
          .append("      \"problemMatcher\": [\"$go\"]\n    }")
          .append(i + 1 < targets.size() ? ",\n" : "\n");
    }
    return sb.append("  ]\n}\n").toString();
  }

  /**
   * Writes a version 2 {@code .goreleaser.yaml} with one reproducible {@code builds} entry for
   * exactly the given targets.
   *
   * @param id the build id, also the binary name
   * @param main the main package, e.g. {@code ./cmd/app}
   * @param targets the targets, at least one
   * @return the file content
   */
  public static String goreleaserYaml(String id, String main, List<Target> targets) {
    Objects.requireNonNull(id, "id");
    requireTargets(targets);
    List<String> names = new ArrayList<>();
    for (Target t : targets) {
      names.add(
          t.goos().goName() + "_" + t.goarch().goName() + t.variant().map(v -> "_" + v).orElse(""));
    }
    StringBuilder sb =
        new StringBuilder("version: 2\n\nbuilds:\n")
            .append("  - id: ")
            .append(yaml(id))
            .append('\n')
            .append("    main: ")
            .append(yaml(main))
            .append('\n')
            .append("    binary: ")
            .append(yaml(id))
            .append('\n')
            .append("    env:\n      - CGO_ENABLED=0\n")
            .append("    targets:\n");
    for (String name : names) {
      sb.append("      - ").append(yaml(name)).append('\n');
    }
    return sb.append("    flags:\n      - -trimpath\n")
        .append("    ldflags:\n      - -s -w\n")
        .append("    mod_timestamp: '{{ .CommitTimestamp }}'\n")
        .toString();
  }

  private static void requireTargets(List<Target> targets) {
    if (Objects.requireNonNull(targets, "targets").isEmpty()) {
      throw new IllegalArgumentException("targets must not be empty");
    }
  }

  private static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static String yaml(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
