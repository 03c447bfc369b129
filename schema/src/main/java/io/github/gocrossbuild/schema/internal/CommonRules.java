package io.github.gocrossbuild.schema.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks that apply to several kinds: deprecated VS Code variables and Delve servers reachable from
 * the network.
 */
public final class CommonRules {
  private static final Pattern LISTEN = Pattern.compile("(?:^|\\s)(?:--listen|-l)(?:=|\\s+)(\\S*)");
  private static final Pattern DLV =
      Pattern.compile("(?:^|[\\s/\\\\'\"])dlv(?:\\.exe)?(?:$|[\\s'\"])");

  private CommonRules() {}

  /**
   * Warns about every string that uses {@code ${workspaceRoot}}.
   *
   * @param node the subtree to search
   * @param pointer its pointer
   * @param sink where to report
   */
  public static void workspaceRoot(JsonNode node, String pointer, IssueSink sink) {
    Nodes.stringsMatching(
        node,
        pointer,
        s -> s.contains("${workspaceRoot}"),
        (name, p, value) ->
            sink.flag(
                RuleId.VARIABLE_WORKSPACE_ROOT,
                p,
                "${workspaceRoot} is"
                    + " deprecated; use ${workspaceFolder}, which also works in multi-root workspaces."));
  }

  /**
   * Reports a Delve command line that listens on a non-loopback address.
   *
   * @param parts the command and its arguments, each with its pointer, in order
   * @param dlvKnown whether the command is known to be Delve (launch.json dlvFlags)
   * @param sink where to report
   */
  public static void delveListen(List<String[]> parts, boolean dlvKnown, IssueSink sink) {
    StringBuilder line = new StringBuilder();
    for (String[] part : parts) {
      line.append(part[0]).append(' ');
    }
    if (!dlvKnown && !DLV.matcher(line).find()) {
      return;
    }
    for (int i = 0; i < parts.size(); i++) {
      String text = parts.get(i)[0];
      Matcher m = LISTEN.matcher(text);
      while (m.find()) {
        String address = m.group(1);
        if (address.isEmpty() && i + 1 < parts.size()) {
          address = parts.get(i + 1)[0].trim();
        }
        if (!isLoopback(address)) {
          reportListen(address, parts.get(i)[1], sink);
        }
      }
      if ((text.equals("--listen") || text.equals("-l"))
          && i + 1 < parts.size()
          && !isLoopback(parts.get(i + 1)[0])) {
        reportListen(parts.get(i + 1)[0], parts.get(i + 1)[1], sink);
      }
    }
  }

  /**
   * Collects the strings of a command given as a string, an array or {@code {value: ...}}.
   *
   * @param node the command or argument node
   * @param pointer its pointer
   * @param into where to add {text, pointer} pairs
   */
  public static void commandParts(JsonNode node, String pointer, List<String[]> into) {
    List<String[]> found = new ArrayList<>();
    Nodes.strings(
        node, pointer, (name, p, value) -> found.add(new String[] {value.stringValue(), p}));
    into.addAll(found);
  }

  private static void reportListen(String address, String pointer, IssueSink sink) {
    String port = address.contains(":") ? address.substring(address.lastIndexOf(':') + 1) : "2345";
    sink.flag(
        RuleId.DLV_LISTEN_ALL_INTERFACES,
        pointer,
        "Delve would listen on \""
            + address
            + "\", reachable from the network, and its API lets anyone run code as you;"
            + " listen on 127.0.0.1:"
            + port
            + " and reach it through an SSH tunnel (ssh -L "
            + port
            + ":127.0.0.1:"
            + port
            + ").");
  }

  private static boolean isLoopback(String address) {
    String a = address.toLowerCase(Locale.ROOT).replaceAll("^[\"']|[\"']$", "");
    if (a.startsWith("${")) {
      return true;
    }
    int colon = a.lastIndexOf(':');
    String host = colon < 0 ? a : a.substring(0, colon);
    return host.startsWith("127.")
        || host.equals("localhost")
        || host.equals("[::1]")
        || host.equals("::1");
  }
}
