package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.spi.FileView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code .env} files the way the Go extension does for launch {@code envFile} and {@code
 * go.testEnvFile} ({@code parseEnvFile}): {@code KEY=VALUE} or {@code export KEY=VALUE}, quotes
 * stripped, {@code \n} expanded in double quotes, {@code ${VAR}} from earlier lines, then from the
 * given globals, single pass.
 */
public final class DotEnvFiles {
  private static final Pattern LINE =
      Pattern.compile("^\\s*(export\\s+)?([\\w.\\-]+)\\s*=\\s*(.*)?\\s*$");
  private static final Pattern SUBST = Pattern.compile("\\$\\{([a-zA-Z]\\w*)?([^}\\w].*)?}");
  private static final int MAX_SIZE = 1024 * 1024;

  private DotEnvFiles() {}

  /**
   * Reads a file.
   *
   * @param file the file
   * @param globals values {@code ${VAR}} falls back to
   * @return name to value, or empty when the file is missing, unreadable or too large (the
   *     extension then fails the launch with "Cannot load environment variables from file")
   */
  public static Optional<Map<String, String>> read(Path file, Map<String, String> globals) {
    return read(FileView.local(), file.toString(), globals);
  }

  /**
   * Reads a file on the machine where the workspace lives.
   *
   * @param files that machine's files
   * @param path the file's absolute path there
   * @param globals values {@code ${VAR}} falls back to
   * @return name to value, or empty when the file is missing, unreadable or too large
   */
  public static Optional<Map<String, String>> read(
      FileView files, String path, Map<String, String> globals) {
    try {
      if (files.kind(path) != FileView.Kind.FILE) {
        return Optional.empty();
      }
      byte[] bytes = files.read(path, MAX_SIZE);
      return bytes.length > MAX_SIZE
          ? Optional.empty()
          : Optional.of(parse(new String(bytes, StandardCharsets.UTF_8), globals));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Parses content.
   *
   * @param content the content
   * @param globals values {@code ${VAR}} falls back to
   * @return name to value
   */
  public static Map<String, String> parse(String content, Map<String, String> globals) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    Map<String, String> env = new LinkedHashMap<>();
    for (String line : text.split("\n", -1)) {
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String value = m.group(3) == null ? "" : m.group(3);
      if (value.length() > 0 && value.charAt(0) == '"' && value.endsWith("\"")) {
        value = value.replace("\\n", "\n");
      }
      value = value.replaceAll("(^['\"]|['\"]$)", "");
      env.put(m.group(2), substitute(value, env, globals));
    }
    return env;
  }

  private static String substitute(
      String value, Map<String, String> local, Map<String, String> globals) {
    Matcher m = SUBST.matcher(value);
    StringBuilder sb = new StringBuilder();
    boolean invalid = false;
    while (m.find()) {
      String replacement;
      if (m.start() > 0 && value.charAt(m.start() - 1) == '\\') {
        replacement = m.group();
      } else if (m.group(2) != null || m.group(1) == null) {
        invalid = true;
        replacement = m.group();
      } else {
        String v = local.get(m.group(1));
        if (v == null || v.isEmpty()) {
          v = globals.getOrDefault(m.group(1), "");
        }
        replacement = v;
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    String out = invalid ? value : sb.toString();
    return out.replace("\\$", "$");
  }
}
