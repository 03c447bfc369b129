package io.github.gocrossbuild.internal.config;

import io.github.gocrossbuild.config.ConfigParseException;
import io.github.gocrossbuild.config.VsCodeLaunch;
import io.github.gocrossbuild.config.VsCodeSettings;
import io.github.gocrossbuild.config.VsCodeTasks;
import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.spi.FileView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files of a workspace's {@code .vscode} folder, read from the machine where the workspace
 * lives, with the VS Code Server's machine settings and a {@code .code-workspace} file's settings
 * under settings.json when there are any.
 *
 * @param folder the workspace folder: as given, or the first folder of the {@code .code-workspace}
 *     file given
 * @param settings settings.json (merged over the workspace file's and the machine settings)
 * @param tasks tasks.json
 * @param launch launch.json
 */
public record VsCodeFiles(
    String folder, VsCodeSettings settings, VsCodeTasks tasks, VsCodeLaunch launch) {
  /** How a workspace file's name ends. */
  public static final String WORKSPACE_FILE = ".code-workspace";

  /**
   * Reads the files; a missing file is an empty value.
   *
   * @param files the machine's files
   * @param dir the workspace folder there, or a {@code .code-workspace} file naming it first
   * @param separator that machine's path separator
   * @param machineSettings the machine settings file there, if VS Code reads one
   * @return the files
   * @throws ConfigParseException when a file exists but is not valid JSONC, or a workspace file
   *     names no folder, naming it as {@link FileView#describe(String)} does
   */
  public static VsCodeFiles read(
      FileView files, String dir, String separator, Optional<String> machineSettings) {
    List<SettingsLayers.Layer> layers = new ArrayList<>();
    machineSettings.ifPresent(
        m ->
            VsCodeConfigReader.readObject(files, m)
                .ifPresent(o -> layers.add(new SettingsLayers.Layer(o, files.describe(m)))));
    String folder = dir;
    if (dir.endsWith(WORKSPACE_FILE) && files.kind(dir) == FileView.Kind.FILE) {
      Optional<JsoncObject> workspace = VsCodeConfigReader.readObject(files, dir);
      folder = firstFolder(files, dir, separator, workspace);
      if (workspace.get().get("settings") instanceof JsoncObject settings) {
        layers.add(new SettingsLayers.Layer(settings, files.describe(dir)));
      }
    }
    String vscode = folder + separator + ".vscode" + separator;
    String settingsPath = vscode + "settings.json";
    VsCodeConfigReader.readObject(files, settingsPath)
        .ifPresent(o -> layers.add(new SettingsLayers.Layer(o, files.describe(settingsPath))));
    VsCodeSettings settings =
        layers.isEmpty() ? VsCodeSettings.empty() : SettingsLayers.merge(layers);
    String tasksPath = vscode + "tasks.json";
    VsCodeTasks tasks =
        VsCodeConfigReader.readObject(files, tasksPath)
            .map(o -> VsCodeConfigReader.tasks(o, files.describe(tasksPath)))
            .orElse(VsCodeTasks.empty());
    String launchPath = vscode + "launch.json";
    VsCodeLaunch launch =
        VsCodeConfigReader.readObject(files, launchPath)
            .map(o -> VsCodeConfigReader.launch(o, files.describe(launchPath)))
            .orElse(VsCodeLaunch.empty());
    return new VsCodeFiles(folder, settings, tasks, launch);
  }

  /**
   * The folder a workspace file opens first: its {@code folders[0].path}, relative to the file's
   * directory unless absolute, as VS Code resolves it.
   */
  private static String firstFolder(
      FileView files, String file, String separator, Optional<JsoncObject> workspace) {
    String name = files.describe(file);
    if (workspace.isEmpty()
        || !(workspace.get().get("folders") instanceof List<?> folders)
        || folders.isEmpty()
        || !(folders.get(0) instanceof JsoncObject first)
        || !(first.get("path") instanceof String path)
        || path.isBlank()) {
      throw new ConfigParseException(
          name,
          workspace.map(JsoncObject::line).orElse(1),
          workspace.map(JsoncObject::column).orElse(1),
          "names no folder: VS Code opens the folders listed under \"folders\"; add"
              + " \"folders\": [{\"path\": \".\"}] or give the folder itself");
    }
    boolean absolute =
        path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:[\\\\/].*");
    if (absolute) {
      return path;
    }
    String parent = file.substring(0, Math.max(0, file.lastIndexOf(separator)));
    String relative = path.replace('/', separator.charAt(0));
    while (relative.startsWith("." + separator)) {
      relative = relative.substring(2);
    }
    return relative.equals(".") || relative.isEmpty() ? parent : parent + separator + relative;
  }
}
