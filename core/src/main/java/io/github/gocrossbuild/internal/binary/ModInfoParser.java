package io.github.gocrossbuild.internal.binary;

import io.github.gocrossbuild.binary.GoBuildInfo;
import io.github.gocrossbuild.binary.GoModule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the module-info text exactly like Go 1.23's {@code runtime/debug.ParseBuildInfo}: unknown
 * lines are skipped, a final line without newline is ignored, and errors name the line.
 */
public final class ModInfoParser {
  private ModInfoParser() {}

  /** Thrown when the text breaks one of {@code ParseBuildInfo}'s rules. */
  public static final class ModInfoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ModInfoException(int line, String problem) {
      super("could not parse Go build info: line " + line + ": " + problem, null, false, false);
    }
  }

  /** A module under construction, so that a {@code =>} line can attach to it. */
  private static final class Mod {
    String[] cols;
    String[] replace;
  }

  /**
   * Parses module info.
   *
   * @param goVersion the version string stored beside the module info
   * @param data the module info without its 16-byte sentinels
   * @return the build info
   * @throws ModInfoException when a line is malformed
   */
  public static GoBuildInfo parse(String goVersion, byte[] data) {
    String path = "";
    Mod main = null;
    List<Mod> deps = new ArrayList<>();
    Map<String, String> settings = new LinkedHashMap<>();
    Mod last = null;
    int lineNum = 1;
    int pos = 0;
    while (pos < data.length) {
      int nl = indexOf(data, (byte) '\n', pos);
      if (nl < 0) {
        break;
      }
      int start = pos;
      pos = nl + 1;
      if (startsWith(data, start, nl, "path\t")) {
        path = str(data, start + 5, nl);
      } else if (startsWith(data, start, nl, "mod\t")) {
        main = module(split(data, start + 4, nl), lineNum);
        last = main;
      } else if (startsWith(data, start, nl, "dep\t")) {
        last = module(split(data, start + 4, nl), lineNum);
        deps.add(last);
      } else if (startsWith(data, start, nl, "=>\t")) {
        String[] cols = split(data, start + 3, nl);
        if (cols.length != 3) {
          throw new ModInfoException(
              lineNum, "expected 3 columns for replacement; got " + cols.length);
        }
        if (last == null) {
          throw new ModInfoException(lineNum, "replacement with no module on previous line");
        }
        last.replace = cols;
        last = null;
      } else if (startsWith(data, start, nl, "build\t")) {
        setting(data, start + 6, nl, lineNum, settings);
      }
      lineNum++;
    }
    GoBuildInfo.Builder b = GoBuildInfo.builder().goVersion(goVersion).path(path);
    if (main != null) {
      b.main(toModule(main));
    }
    deps.forEach(d -> b.addDeps(toModule(d)));
    return b.putAllSettings(settings).build();
  }

  private static void setting(byte[] d, int from, int to, int line, Map<String, String> out) {
    if (to - from < 1) {
      throw new ModInfoException(line, "build line missing '='");
    }
    String key;
    int valueStart;
    byte first = d[from];
    if (first == '=') {
      throw new ModInfoException(line, "build line with missing key");
    } else if (first == '`' || first == '"') {
      int len = GoQuote.quotedPrefix(d, from, to);
      if (len < 0) {
        throw new ModInfoException(line, "invalid quoted key in build line");
      }
      if (from + len == to) {
        throw new ModInfoException(line, "build line missing '=' after quoted key");
      }
      if (d[from + len] != '=') {
        throw new ModInfoException(
            line,
            "unexpected character after quoted key: "
                + GoQuote.quote(String.valueOf((char) (d[from + len] & 0xff))).replace('"', '\''));
      }
      key = new String(GoQuote.unquote(d, from, from + len), StandardCharsets.UTF_8);
      valueStart = from + len + 1;
    } else {
      int eq = indexOf(d, (byte) '=', from);
      if (eq < 0 || eq >= to) {
        throw new ModInfoException(line, "build line missing '=' after key");
      }
      key = str(d, from, eq);
      // The key holds no '=' (eq is the first) and is not empty (the line does not start with '=').
      if (GoQuote.valueNeedsQuote(d, from, eq)) {
        throw new ModInfoException(line, "unquoted key " + GoQuote.quote(key) + " must be quoted");
      }
      valueStart = eq + 1;
    }
    String value = "";
    if (valueStart < to) {
      byte v = d[valueStart];
      if (v == '`' || v == '"') {
        byte[] raw = GoQuote.unquote(d, valueStart, to);
        if (raw == null) {
          throw new ModInfoException(line, "invalid quoted value in build line");
        }
        value = new String(raw, StandardCharsets.UTF_8);
      } else {
        value = str(d, valueStart, to);
        if (GoQuote.valueNeedsQuote(d, valueStart, to)) {
          throw new ModInfoException(
              line, "unquoted value " + GoQuote.quote(value) + " must be quoted");
        }
      }
    }
    out.remove(key); // a repeated key moves to its last position, last value wins
    out.put(key, value);
  }

  private static Mod module(String[] cols, int line) {
    if (cols.length != 2 && cols.length != 3) {
      throw new ModInfoException(line, "expected 2 or 3 columns; got " + cols.length);
    }
    Mod m = new Mod();
    m.cols = cols;
    return m;
  }

  private static GoModule toModule(Mod m) {
    GoModule.Builder b =
        GoModule.builder()
            .path(m.cols[0])
            .version(m.cols[1])
            .sum(m.cols.length == 3 ? m.cols[2] : "");
    if (m.replace != null) {
      b.replace(GoModule.of(m.replace[0], m.replace[1], m.replace[2]));
    }
    return b.build();
  }

  private static String[] split(byte[] d, int from, int to) {
    List<String> cols = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      if (d[i] == '\t') {
        cols.add(str(d, start, i));
        start = i + 1;
      }
    }
    cols.add(str(d, start, to));
    return cols.toArray(new String[0]);
  }

  private static boolean startsWith(byte[] d, int from, int to, String prefix) {
    if (to - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (d[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] d, byte b, int from) {
    for (int i = from; i < d.length; i++) {
      if (d[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static String str(byte[] d, int from, int to) {
    return new String(d, from, to - from, StandardCharsets.UTF_8);
  }
}
