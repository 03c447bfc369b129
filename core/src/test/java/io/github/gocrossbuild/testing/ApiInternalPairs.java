package io.github.gocrossbuild.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds two-way file pairs in a source tree: a public API class and an {@code internal} class that
 * each use the other. The dependency must go one way (the API type may use an internal helper, or
 * the helper the API type, never both), so that a helper cannot grow into a second half of the
 * public type. Any module can run it on its own main sources:
 *
 * <pre>{@code
 * assertThat(ApiInternalPairs.find(Path.of("src/main/java"))).isEmpty();
 * }</pre>
 *
 * <p>A class uses another when its file imports it (also by a static or wildcard import) or names
 * it fully qualified in code; comments and string literals do not count, nor do classes outside the
 * scanned tree. A class is internal when a segment of its package is {@code internal}.
 */
public final class ApiInternalPairs {
  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;", Pattern.MULTILINE);
  private static final Pattern QUALIFIED = Pattern.compile("\\b[a-z_]\\w*(?:\\.\\w+)+");

  private ApiInternalPairs() {}

  /**
   * Lists the two-way pairs of the tree.
   *
   * @param sourceRoot a source root such as {@code core/src/main/java}
   * @return one {@code api.Class <-> internal.Class} line per pair, sorted; empty when there is
   *     none
   */
  public static List<String> find(Path sourceRoot) {
    Map<String, String> sources = read(sourceRoot);
    Map<String, Set<String>> uses = new HashMap<>();
    sources.forEach((name, text) -> uses.put(name, uses(name, text, sources.keySet())));
    Set<String> pairs = new TreeSet<>();
    uses.forEach(
        (api, used) -> {
          if (isInternal(api)) {
            return;
          }
          for (String other : used) {
            if (isInternal(other) && uses.get(other).contains(api)) {
              pairs.add(api + " <-> " + other);
            }
          }
        });
    return List.copyOf(pairs);
  }

  /** Whether a class name lies in an {@code internal} package. */
  static boolean isInternal(String className) {
    return ("." + className + ".").contains(".internal.");
  }

  /** Class name to source text, for every {@code .java} file but package and module infos. */
  private static Map<String, String> read(Path root) {
    Map<String, String> out = new HashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String file = f.getFileName().toString();
        if (!file.endsWith(".java") || file.contains("-")) {
          continue;
        }
        String rel = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
        out.put(rel.substring(0, rel.length() - ".java".length()), Files.readString(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The scanned classes a file uses, itself left out. */
  static Set<String> uses(String self, String text, Set<String> known) {
    Set<String> out = new LinkedHashSet<>();
    Matcher imports = IMPORT.matcher(text);
    while (imports.find()) {
      if (imports.group(2) != null) {
        String pkg = imports.group(1) + ".";
        known.stream()
            .filter(k -> k.startsWith(pkg) && k.indexOf('.', pkg.length()) < 0)
            .forEach(out::add);
      } else {
        resolve(imports.group(1), known).ifPresent(out::add);
      }
    }
    Matcher names = QUALIFIED.matcher(code(IMPORT.matcher(text).replaceAll("")));
    while (names.find()) {
      resolve(names.group(), known).ifPresent(out::add);
    }
    out.remove(self);
    return out;
  }

  /** The longest prefix of a dotted name that is a scanned class (drops members, nested types). */
  private static Optional<String> resolve(String name, Set<String> known) {
    String n = name;
    while (true) {
      if (known.contains(n)) {
        return Optional.of(n);
      }
      int dot = n.lastIndexOf('.');
      if (dot < 0) {
        return Optional.empty();
      }
      n = n.substring(0, dot);
    }
  }

  /** The text with comments, string and character literals blanked out. */
  static String code(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (text.startsWith("//", i)) {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
      } else if (text.startsWith("\"\"\"", i)) {
        int end = text.indexOf("\"\"\"", i + 3);
        i = end < 0 ? n : end + 3;
        out.append("\"\"");
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < n && text.charAt(i) != c) {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
        out.append(c).append(c);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
