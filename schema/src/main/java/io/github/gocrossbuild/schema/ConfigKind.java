package io.github.gocrossbuild.schema;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of configuration file this module validates, each with its own embedded JSON Schema,
 * syntax and lint rules.
 */
public enum ConfigKind {
  /** VS Code {@code .vscode/settings.json}: JSONC, with the Go extension's settings. */
  VSCODE_SETTINGS("settings.json", ".vscode/settings.json"),
  /**
   * VS Code multi-root workspace {@code *.code-workspace}: JSONC; its {@code "settings"} object is
   * checked like {@code settings.json}.
   */
  VSCODE_WORKSPACE("project.code-workspace", "*.code-workspace"),
  /** VS Code {@code .vscode/tasks.json}, version 2.0.0: JSONC. */
  VSCODE_TASKS("tasks.json", ".vscode/tasks.json"),
  /** VS Code {@code .vscode/launch.json} with Go debug configurations: JSONC. */
  VSCODE_LAUNCH("launch.json", ".vscode/launch.json"),
  /** Dev Container {@code devcontainer.json}: comments allowed, trailing commas warned. */
  DEVCONTAINER(
      "devcontainer.json",
      "devcontainer.json, .devcontainer.json, .devcontainer/**/devcontainer.json"),
  /** Azure Functions {@code host.json}, version 2.0: strict JSON. */
  AZURE_FUNCTIONS_HOST("host.json", "host.json"),
  /** GoReleaser {@code .goreleaser.yaml}, version 2: YAML. */
  GORELEASER(
      ".goreleaser.yaml", ".goreleaser.yaml, .goreleaser.yml, goreleaser.yaml, goreleaser.yml");

  private final String fileName;
  private final String accepted;

  ConfigKind(String fileName, String accepted) {
    this.fileName = fileName;
    this.accepted = accepted;
  }

  /**
   * Returns the usual file name of this kind, used as the source name when validating text.
   *
   * @return e.g. {@code tasks.json}
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the names and locations recognised by {@link #detect(Path)} for this kind.
   *
   * @return e.g. {@code .vscode/tasks.json}
   */
  public String acceptedNames() {
    return accepted;
  }

  /**
   * Tells the kind of a file from its name and, for VS Code files, its {@code .vscode} folder.
   *
   * @param file the file; it need not exist
   * @return the kind, or empty when the name is not one this module knows
   */
  public static Optional<ConfigKind> detect(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    Path parent = file.getParent();
    boolean inVscode =
        parent != null
            && parent.getFileName() != null
            && parent.getFileName().toString().equals(".vscode");
    switch (lower) {
      case "settings.json":
        return inVscode ? Optional.of(VSCODE_SETTINGS) : Optional.empty();
      case "tasks.json":
        return inVscode ? Optional.of(VSCODE_TASKS) : Optional.empty();
      case "launch.json":
        return inVscode ? Optional.of(VSCODE_LAUNCH) : Optional.empty();
      case "devcontainer.json":
      case ".devcontainer.json":
        return Optional.of(DEVCONTAINER);
      case "host.json":
        return Optional.of(AZURE_FUNCTIONS_HOST);
      case ".goreleaser.yaml":
      case ".goreleaser.yml":
      case "goreleaser.yaml":
      case "goreleaser.yml":
        return Optional.of(GORELEASER);
      default:
        return lower.endsWith(".code-workspace") ? Optional.of(VSCODE_WORKSPACE) : Optional.empty();
    }
  }

  /**
   * Lists every accepted file name, for error messages.
   *
   * @return the names of all kinds, comma separated
   */
  public static String allAcceptedNames() {
    StringBuilder sb = new StringBuilder();
    for (ConfigKind kind : values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(kind.accepted);
    }
    return sb.toString();
  }
}
