package io.github.gocrossbuild.internal.config;

import io.github.gocrossbuild.config.ConfigParseException;
import io.github.gocrossbuild.config.VsCodeLaunch;
import io.github.gocrossbuild.config.VsCodeLaunchConfiguration;
import io.github.gocrossbuild.config.VsCodeSettings;
import io.github.gocrossbuild.config.VsCodeTask;
import io.github.gocrossbuild.config.VsCodeTasks;
import io.github.gocrossbuild.internal.jsonc.JsoncLimits;
import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncText;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import io.github.gocrossbuild.spi.FileView;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns VS Code's JSONC files into {@code io.github.gocrossbuild.config} values. Shapes VS Code
 * would ignore (an {@code env} that is not an object, a task without a label) are skipped rather
 * than refused, as VS Code does; only unreadable or malformed files throw.
 */
public final class VsCodeConfigReader {
  private static final List<String> OS_KEYS = List.of("linux", "osx", "windows");

  private VsCodeConfigReader() {}

  /**
   * Reads a file into a JSONC tree with the project's one reader, as leniently as VS Code
   * (comments, trailing commas, an empty file), bounded in size before anything is read.
   *
   * @param file the file
   * @param name the name for messages, e.g. {@code .vscode/tasks.json}
   * @return the top-level object, or empty for a file without a value
   * @throws ConfigParseException when unreadable, too large, malformed, or not an object
   */
  public static Optional<JsoncObject> readObject(Path file, String name) {
    String text;
    try {
      text = JsoncText.read(file, name);
    } catch (IOException e) {
      throw new ConfigParseException(name, 0, 0, "cannot read: " + e);
    }
    return object(name, text);
  }

  /**
   * Reads a file of a workspace that may live on another machine, as {@link #readObject(Path,
   * String)} does.
   *
   * @param files where the file is
   * @param path its absolute path there
   * @return the top-level object, or empty when the file is missing or has no value
   * @throws ConfigParseException when unreadable, too large, malformed, or not an object; the file
   *     is named by {@link FileView#describe(String)}
   */
  public static Optional<JsoncObject> readObject(FileView files, String path) {
    if (files.kind(path) != FileView.Kind.FILE) {
      return Optional.empty();
    }
    String name = files.describe(path);
    String text;
    try {
      text = JsoncText.decodeBounded(name, files.read(path, JsoncLimits.MAX_SIZE));
    } catch (IOException e) {
      throw new ConfigParseException(name, 0, 0, "cannot read: " + e);
    }
    return object(name, text);
  }

  private static Optional<JsoncObject> object(String name, String text) {
    Object root = JsoncTree.read(name, text, JsoncSyntax.VSCODE);
    if (root == null) {
      return Optional.empty();
    }
    if (!(root instanceof JsoncObject)) {
      throw new ConfigParseException(name, 1, 1, "expected a JSON object at the top level");
    }
    return Optional.of((JsoncObject) root);
  }

  /**
   * Maps settings.json: top-level keys only; a language-specific block such as {@code "[go]"} is
   * ignored, as VS Code ignores non-language-overridable {@code go.*} settings in it.
   *
   * @param root the parsed file
   * @param name the file name
   * @return the settings
   */
  public static VsCodeSettings settings(JsoncObject root, String name) {
    VsCodeSettings.Builder b = VsCodeSettings.builder().file(name);
    b.toolsEnvVars(stringMap(root.get("go.toolsEnvVars")));
    b.testEnvVars(stringMap(root.get("go.testEnvVars")));
    b.toolsBuildEnvVars(stringMap(root.get("go.toolsManagement.buildEnvVars")));
    b.alternateTools(stringMap(root.get("go.alternateTools")));
    string(root.get("go.testEnvFile")).ifPresent(b::testEnvFile);
    string(root.get("go.gopath")).ifPresent(b::gopath);
    string(root.get("go.goroot")).ifPresent(b::goroot);
    string(root.get("go.toolsGopath")).ifPresent(b::toolsGopath);
    string(root.get("http.proxy")).ifPresent(b::httpProxy);
    b.inferGopath(Boolean.TRUE.equals(root.get("go.inferGopath")));
    for (String os : OS_KEYS) {
      if (root.get("terminal.integrated.env." + os) instanceof JsoncObject env) {
        Map<String, Optional<String>> values = new LinkedHashMap<>();
        env.members()
            .forEach(
                (k, v) -> values.put(k, v == null ? Optional.empty() : Optional.of(jsString(v))));
        b.putTerminalEnv(os, values);
      }
    }
    root.members()
        .forEach(
            (k, v) -> {
              if (v instanceof String || v instanceof BigDecimal || v instanceof Boolean) {
                b.putScalarSettings(k, jsString(v));
              }
            });
    return b.build();
  }

  /**
   * Maps tasks.json.
   *
   * @param root the parsed file
   * @param name the file name
   * @return the tasks
   */
  public static VsCodeTasks tasks(JsoncObject root, String name) {
    VsCodeTasks.Builder b = VsCodeTasks.builder().file(name);
    string(root.get("version")).ifPresent(b::version);
    b.optionsEnv(optionsEnv(root));
    b.osOptionsEnv(osOptionsEnv(root));
    Object tasks = root.get("tasks");
    if (tasks instanceof List) {
      int index = 0;
      for (Object t : (List<?>) tasks) {
        if (t instanceof JsoncObject) {
          b.addTasks(task((JsoncObject) t, index));
        }
        index++;
      }
    }
    return b.build();
  }

  private static VsCodeTask task(JsoncObject t, int index) {
    Optional<String> label = string(t.get("label")).or(() -> string(t.get("taskName")));
    Optional<String> type = string(t.get("type"));
    Optional<String> command = command(t.get("command"));
    // VS Code names an unlabeled contributed task "<type>: <command>"; index keeps it unique.
    String fallback = type.orElse("task") + ": " + command.orElse("#" + index);
    VsCodeTask.Builder b =
        VsCodeTask.builder()
            .label(label.orElse(fallback))
            .line(t.line())
            .optionsEnv(optionsEnv(t))
            .osOptionsEnv(osOptionsEnv(t))
            .ignoredEnv(stringMap(t.get("env")));
    type.ifPresent(b::type);
    command.ifPresent(b::command);
    Object args = t.get("args");
    if (args instanceof List) {
      for (Object a : (List<?>) args) {
        command(a).ifPresent(b::addArgs);
      }
    }
    return b.build();
  }

  /**
   * Maps launch.json.
   *
   * @param root the parsed file
   * @param name the file name
   * @return the launch configurations
   */
  public static VsCodeLaunch launch(JsoncObject root, String name) {
    VsCodeLaunch.Builder b = VsCodeLaunch.builder().file(name);
    Object configs = root.get("configurations");
    if (configs instanceof List) {
      int index = 0;
      for (Object c : (List<?>) configs) {
        if (c instanceof JsoncObject) {
          b.addConfigurations(configuration((JsoncObject) c, index));
        }
        index++;
      }
    }
    return b.build();
  }

  private static VsCodeLaunchConfiguration configuration(JsoncObject c, int index) {
    VsCodeLaunchConfiguration.Builder b =
        VsCodeLaunchConfiguration.builder()
            .name(string(c.get("name")).orElse("configuration #" + index))
            .line(c.line());
    string(c.get("type")).ifPresent(b::type);
    string(c.get("request")).ifPresent(b::request);
    string(c.get("mode")).ifPresent(b::mode);
    string(c.get("debugAdapter")).ifPresent(b::debugAdapter);
    command(c.get("buildFlags")).ifPresent(b::buildFlags);
    Object env = c.get("env");
    if (env instanceof JsoncObject) {
      ((JsoncObject) env)
          .members()
          .forEach(
              (k, v) -> {
                if (v == null) {
                  b.addUnsetEnv(k);
                } else {
                  b.putEnv(k, jsString(v));
                }
              });
    }
    Object envFile = c.get("envFile");
    if (envFile instanceof String) {
      b.addEnvFiles((String) envFile);
    } else if (envFile instanceof List) {
      for (Object f : (List<?>) envFile) {
        string(f).ifPresent(b::addEnvFiles);
      }
    }
    return b.build();
  }

  private static Map<String, String> optionsEnv(JsoncObject holder) {
    Object options = holder.get("options");
    return options instanceof JsoncObject
        ? stringMap(((JsoncObject) options).get("env"))
        : Map.of();
  }

  private static Map<String, Map<String, String>> osOptionsEnv(JsoncObject holder) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (String os : OS_KEYS) {
      Object o = holder.get(os);
      if (o instanceof JsoncObject) {
        Map<String, String> env = optionsEnv((JsoncObject) o);
        if (!env.isEmpty()) {
          out.put(os, env);
        }
      }
    }
    return out;
  }

  /** A command or argument: a string, an array joined with spaces, or {@code {value: ...}}. */
  private static Optional<String> command(Object v) {
    if (v instanceof String) {
      return Optional.of((String) v);
    }
    if (v instanceof List) {
      List<String> parts = new ArrayList<>();
      for (Object p : (List<?>) v) {
        command(p).ifPresent(parts::add);
      }
      return Optional.of(String.join(" ", parts));
    }
    if (v instanceof JsoncObject) {
      return command(((JsoncObject) v).get("value"));
    }
    return Optional.empty();
  }

  private static Optional<String> string(Object v) {
    return v instanceof String ? Optional.of((String) v) : Optional.empty();
  }

  private static Map<String, String> stringMap(Object v) {
    if (!(v instanceof JsoncObject)) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    ((JsoncObject) v).members().forEach((k, val) -> out.put(k, jsString(val)));
    return out;
  }

  /**
   * Converts a JSON value as JavaScript's {@code String(v)} does, which is what a Node process
   * environment receives.
   *
   * @param v the value
   * @return the string
   */
  static String jsString(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof BigDecimal) {
      BigDecimal d = ((BigDecimal) v).stripTrailingZeros();
      return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }
    if (v instanceof JsoncObject) {
      return "[object Object]";
    }
    if (v instanceof List) {
      List<String> parts = new ArrayList<>();
      for (Object o : (List<?>) v) {
        parts.add(o == null ? "" : jsString(o));
      }
      return String.join(",", parts);
    }
    return v.toString();
  }
}
