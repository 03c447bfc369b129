package io.github.gocrossbuild.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The three go.mod directives the library reads: {@code module}, {@code go} and {@code toolchain}.
 * One parser for every reader (the output name, the toolchain check before a build, the environment
 * explainer), so that they agree on every file: a {@code //} comment ends a line wherever it starts
 * outside a quoted path, and the first occurrence of a directive counts.
 *
 * <p>A line scanner, not a regular expression: go.mod is read on every build, often before the JIT
 * has compiled anything.
 *
 * @param module the module path, unquoted
 * @param go the {@code go} line's version, e.g. {@code 1.22}
 * @param toolchain the {@code toolchain} line's name, e.g. {@code go1.23.5} or {@code default}
 */
public record GoModFile(Optional<String> module, Optional<String> go, Optional<String> toolchain) {
  /** go.mod files larger than this are not read: real ones are a few KB, large ones ~100 KB. */
  public static final long MAX_SIZE = 4L * 1024 * 1024;

  private static final GoModFile NONE =
      new GoModFile(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Reads {@code go.mod} in a module directory.
   *
   * @param moduleDir the module directory
   * @return the directives, or empty when there is no go.mod file or it is larger than {@link
   *     #MAX_SIZE}
   * @throws IOException when the file exists but cannot be read
   */
  public static Optional<GoModFile> read(Path moduleDir) throws IOException {
    Path goMod = moduleDir.resolve("go.mod");
    if (!Files.isRegularFile(goMod)) {
      return Optional.empty();
    }
    try {
      if (Files.size(goMod) > MAX_SIZE) {
        return Optional.empty();
      }
      return Optional.of(parse(new String(Files.readAllBytes(goMod), StandardCharsets.UTF_8)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /**
   * Parses the text of a go.mod file.
   *
   * @param text the file's text
   * @return the directives found
   */
  public static GoModFile parse(String text) {
    String module = null;
    String go = null;
    String toolchain = null;
    int at = text.startsWith("\uFEFF") ? 1 : 0;
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      if (end < 0) {
        end = text.length();
      }
      String[] words = words(text, at, end);
      at = end + 1;
      if (words.length < 2) {
        continue;
      }
      switch (words[0]) {
        case "module" -> module = module == null ? unquote(words[1]) : module;
        case "go" -> go = go == null ? words[1] : go;
        case "toolchain" -> toolchain = toolchain == null ? words[1] : toolchain;
        default -> {
          // Other directives (require, replace, ...) are not read here.
        }
      }
    }
    if (module == null && go == null && toolchain == null) {
      return NONE;
    }
    return new GoModFile(
        Optional.ofNullable(module), Optional.ofNullable(go), Optional.ofNullable(toolchain));
  }

  /** The first two words of a line, without a trailing comment; quoted words kept whole. */
  private static String[] words(String text, int from, int to) {
    String[] out = new String[2];
    int n = 0;
    int i = from;
    while (i < to && n < 2) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r') {
        i++;
      } else if (c == '/' && i + 1 < to && text.charAt(i + 1) == '/') {
        break;
      } else if (c == '"' || c == '`') {
        int close = text.indexOf(c, i + 1);
        if (close < 0 || close >= to) {
          break;
        }
        out[n++] = text.substring(i, close + 1);
        i = close + 1;
      } else {
        int start = i;
        while (i < to && " \t\r".indexOf(text.charAt(i)) < 0 && !text.startsWith("//", i)) {
          i++;
        }
        out[n++] = text.substring(start, i);
      }
    }
    return n == 2 ? out : new String[n];
  }

  private static String unquote(String word) {
    char first = word.charAt(0);
    return (first == '"' || first == '`') && word.length() >= 2
        ? word.substring(1, word.length() - 1)
        : word;
  }
}
