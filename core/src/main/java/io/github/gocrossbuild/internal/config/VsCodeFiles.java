package io.github.gocrossbuild.internal.config;

import io.github.gocrossbuild.config.ConfigParseException;
import io.github.gocrossbuild.config.VsCodeLaunch;
import io.github.gocrossbuild.config.VsCodeSettings;
import io.github.gocrossbuild.config.VsCodeTasks;
import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.spi.FileView;
import java.util.Optional;

/**
 * The files of a workspace's {@code .vscode} folder, read from the machine where the workspace
 * lives, with the VS Code Server's machine settings under settings.json when there are any.
 *
 * @param settings settings.json (merged over the machine settings)
 * @param tasks tasks.json
 * @param launch launch.json
 */
public record VsCodeFiles(VsCodeSettings settings, VsCodeTasks tasks, VsCodeLaunch launch) {

  /**
   * Reads the files; a missing file is an empty value.
   *
   * @param files the machine's files
   * @param dir the workspace folder there
   * @param separator that machine's path separator
   * @param machineSettings the machine settings file there, if VS Code reads one
   * @return the files
   * @throws ConfigParseException when a file exists but is not valid JSONC, naming it as {@link
   *     FileView#describe(String)} does
   */
  public static VsCodeFiles read(
      FileView files, String dir, String separator, Optional<String> machineSettings) {
    String vscode = dir + separator + ".vscode" + separator;
    String settingsPath = vscode + "settings.json";
    String settingsName = files.describe(settingsPath);
    Optional<JsoncObject> workspace = VsCodeConfigReader.readObject(files, settingsPath);
    Optional<JsoncObject> machine =
        machineSettings.flatMap(m -> VsCodeConfigReader.readObject(files, m));
    VsCodeSettings settings;
    if (machine.isPresent() && workspace.isPresent()) {
      String machineName = files.describe(machineSettings.get());
      settings =
          VsCodeConfigReader.settings(machine.get(), machineName, workspace.get(), settingsName);
    } else if (machine.isPresent()) {
      settings = VsCodeConfigReader.settings(machine.get(), files.describe(machineSettings.get()));
    } else {
      settings =
          workspace
              .map(o -> VsCodeConfigReader.settings(o, settingsName))
              .orElse(VsCodeSettings.empty());
    }
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
    return new VsCodeFiles(settings, tasks, launch);
  }
}
