package io.github.gocrossbuild.internal.config;

import io.github.gocrossbuild.internal.jsonc.JsonPointers;
import io.github.gocrossbuild.internal.jsonc.JsonRender;
import io.github.gocrossbuild.internal.jsonc.JsonText;
import io.github.gocrossbuild.internal.jsonc.JsonValues;
import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges a {@link JsonDoc} into existing JSONC text by editing it in place: every byte outside the
 * entries it adds or updates stays as it was (comments, key order, formatting, trailing commas). An
 * owned array element is recognised by the marker comment written before it, an owned member by the
 * one marker comment at the top of the file that names the members the project owns (or, in files
 * written before that marker, by a marker before the member); an entry with the same key or id but
 * no marker belongs to the user and is left alone, reported as a conflict.
 */
final class JsoncMerge {
  /**
   * The comment written before every array element the project owns (a task, a launch
   * configuration); members of objects written before the file marker carry it too.
   */
  static final String MARKER = "// Written by GoCrossBuild from the build spec; it updates this.";

  /** How the file marker begins: the one comment at the top naming the members the project owns. */
  static final String FILE_MARKER = "// Written by GoCrossBuild from the build spec; it updates ";

  private static final Pattern FILE_MARKER_LINE =
      Pattern.compile(
          "(?m)^[ \\t]*"
              + Pattern.quote(FILE_MARKER)
              + "(\"[^\"\\r\\n]*\"(?:, \"[^\"\\r\\n]*\")*)\\.[ \\t]*$");

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  private final String source;
  private final boolean comments;
  private final List<String> conflicts = new ArrayList<>();
  private final Set<String> owned = new LinkedHashSet<>();
  private String text;
  private final String unit;
  private final String newline;

  /**
   * The merged text and the user's entries left alone.
   *
   * @param text the new text
   * @param conflicts one sentence per entry left alone
   */
  record Result(String text, List<String> conflicts) {}

  private JsoncMerge(String source, String text, boolean comments) {
    this.source = source;
    this.text = text;
    this.comments = comments;
    this.unit = JsoncLayout.indentUnit(text);
    this.newline = text.contains("\r\n") ? "\r\n" : "\n";
  }

  /**
   * Merges the document into the text.
   *
   * @param source the file, for messages
   * @param text the existing text; its top-level value must be an object
   * @param doc what to merge
   * @return the result
   * @throws io.github.gocrossbuild.internal.jsonc.JsoncException when the text is not JSONC
   */
  static Result apply(String source, String text, JsonDoc doc) {
    JsoncMerge m = new JsoncMerge(source, text, doc.comments());
    if (!m.index().isObject("")) {
      return new Result(text, List.of("the top-level value is not an object; left as it is"));
    }
    List<String> before = m.fileMarkerKeys();
    for (JsonDoc.Entry e : doc.entries()) {
      if (e instanceof JsonDoc.Member member) {
        m.member(member, before);
      } else if (e instanceof JsonDoc.Items items) {
        for (Map<String, Object> item : items.items()) {
          m.item(items.key(), items.idKey(), item);
        }
      }
    }
    if (m.comments) {
      m.dropStale(doc, before);
    }
    m.markOwned(before);
    return new Result(m.text, List.copyOf(m.conflicts));
  }

  private JsoncSpans index() {
    return JsoncSpans.of(source, text);
  }

  private void member(JsonDoc.Member member, List<String> markedBefore) {
    JsoncSpans ix = index();
    String p = JsonPointers.child("", member.key());
    if (!ix.has(p)) {
      insert(ix, "", ind -> memberText(member.key(), member.value(), ind));
      if (member.owned()) {
        owned.add(member.key());
      }
      return;
    }
    boolean legacy = member.owned() && marked(ix.entryStart(p));
    boolean ours = legacy || member.owned() && markedBefore.contains(member.key());
    if (legacy) {
      // The file marker takes over from the marker before the member.
      dropMarkerBefore(ix.entryStart(p));
      ix = index();
    }
    if (ours) {
      owned.add(member.key());
    }
    int start = ix.start(p);
    int end = ix.end(p);
    if (same(text.substring(start, end), member.value())) {
      return;
    }
    if (ours) {
      replace(start, end, JsonRender.render(member.value(), indentAt(ix.entryStart(p)), unit));
      return;
    }
    conflicts.add(
        String.format(
            "\"%s\" differs from the generated value; the file's value is left as it is",
            member.key()));
  }

  private void item(String key, String idKey, Map<String, Object> item) {
    JsoncSpans ix = index();
    String p = JsonPointers.child("", key);
    if (!ix.has(p)) {
      insert(ix, "", ind -> memberText(key, List.of(), ind));
      ix = index();
    }
    if (!ix.isArray(p)) {
      conflicts.add(String.format("\"%s\" is not an array; left as it is", key));
      return;
    }
    Object id = item.get(idKey);
    for (String c : ix.children(p)) {
      Object existing =
          JsoncTree.read(source, text.substring(ix.start(c), ix.end(c)), JsoncSyntax.VSCODE);
      if (existing instanceof JsoncObject o && Objects.equals(o.get(idKey), id)) {
        if (same(text.substring(ix.start(c), ix.end(c)), item)) {
          return;
        }
        if (marked(ix.start(c))) {
          replace(ix.start(c), ix.end(c), JsonRender.render(item, indentAt(ix.start(c)), unit));
          return;
        }
        conflicts.add(
            String.format(
                "%s \"%s\" in \"%s\" differs from the generated one; the file's entry is left as"
                    + " it is",
                idKey, id, key));
        return;
      }
    }
    insert(ix, p, ind -> marker(comments, ind) + JsonRender.render(item, ind, unit));
  }

  /**
   * Removes the members the project owned (named in the file marker, or marked before them by an
   * earlier version) that the document no longer has, e.g. a platform pin that is now wrong. A
   * user's member of the same name, unmarked, is never touched.
   */
  private void dropStale(JsonDoc doc, List<String> before) {
    Set<String> generated = new LinkedHashSet<>();
    doc.entries().forEach(e -> generated.add(e instanceof JsonDoc.Member m ? m.key() : ""));
    JsoncSpans ix = index();
    List<String> stale = new ArrayList<>();
    for (String p : ix.children("")) {
      String key = JsonPointers.lastSegment(p);
      if (!generated.contains(key) && (before.contains(key) || marked(ix.entryStart(p)))) {
        stale.add(key);
      }
    }
    stale.forEach(key -> removeMember(JsonPointers.child("", key)));
  }

  /**
   * Removes one top-level member with its comma, the marker before it and, when it had lines of its
   * own, those lines; the comma of the member before it goes when it was the last.
   */
  private void removeMember(String p) {
    JsoncSpans ix = index();
    List<String> kids = ix.children("");
    int k = kids.indexOf(p);
    int from = ix.entryStart(p);
    if (marked(from)) {
      from = text.lastIndexOf(MARKER, from);
    }
    boolean ownLines = JsoncLayout.leadsLine(text, from);
    if (ownLines) {
      from -= JsoncLayout.indentAt(text, from).length();
    }
    int to = skipBlanks(ix.end(p));
    boolean comma = to < text.length() && text.charAt(to) == ',';
    if (comma) {
      to = skipBlanks(to + 1);
    }
    if (ownLines && to < text.length() && (text.charAt(to) == '\n' || text.charAt(to) == '\r')) {
      to += text.startsWith("\r\n", to) ? 2 : 1;
    }
    if (!comma && k > 0) {
      // The last member: the comma after the one before it goes too.
      int prev = skipBlanks(ix.end(kids.get(k - 1)));
      if (text.charAt(prev) == ',') {
        replace(from, to, "");
        replace(prev, prev + 1, "");
        return;
      }
    }
    replace(from, to, "");
  }

  private int skipBlanks(int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** The members the file marker names; empty when the file has none. */
  private List<String> fileMarkerKeys() {
    Matcher line = FILE_MARKER_LINE.matcher(text);
    List<String> keys = new ArrayList<>();
    if (line.find()) {
      Matcher q = QUOTED.matcher(line.group(1));
      while (q.find()) {
        keys.add(q.group(1));
      }
    }
    return keys;
  }

  /**
   * Writes the file marker naming every member the project owns, at the top of the object: the
   * members owned before that are still in the file, then those of this merge. Unchanged when the
   * names are the same, so a second merge changes no byte.
   */
  private void markOwned(List<String> before) {
    if (!comments) {
      return;
    }
    JsoncSpans ix = index();
    Set<String> names = new LinkedHashSet<>();
    before.stream().filter(k -> ix.has(JsonPointers.child("", k))).forEach(names::add);
    names.addAll(owned);
    if (names.isEmpty() || List.copyOf(names).equals(before)) {
      return;
    }
    String marker =
        FILE_MARKER + String.join(", ", names.stream().map(JsonText::quote).toList()) + ".";
    Matcher line = FILE_MARKER_LINE.matcher(text);
    if (line.find()) {
      replace(line.start(1) - FILE_MARKER.length(), line.end(), marker);
      return;
    }
    int open = ix.start("");
    String ind = indentAt(open) + unit;
    boolean newlineFollows = text.startsWith("\n", open + 1) || text.startsWith("\r\n", open + 1);
    replace(open + 1, open + 1, "\n" + ind + marker + (newlineFollows ? "" : "\n" + ind));
  }

  private String memberText(String key, Object value, String indent) {
    return JsonText.quote(key) + ": " + JsonRender.render(value, indent, unit);
  }

  private static String marker(boolean marked, String indent) {
    return marked ? MARKER + "\n" + indent : "";
  }

  /** Removes the line holding the marker just before an entry. */
  private void dropMarkerBefore(int entryStart) {
    int at = text.lastIndexOf(MARKER, entryStart);
    int lineStart = text.lastIndexOf('\n', at) + 1;
    int lineEnd = text.indexOf('\n', at) + 1;
    replace(lineStart, lineEnd, "");
  }

  private boolean marked(int entryStart) {
    return text.substring(0, entryStart).stripTrailing().endsWith(MARKER);
  }

  /** Adds an entry as the container's last, in the style of the entries before it. */
  private void insert(JsoncSpans ix, String container, Function<String, String> entry) {
    int s = ix.start(container);
    int e = ix.end(container);
    List<String> kids = ix.children(container);
    if (kids.isEmpty()) {
      String base = indentAt(s);
      String ind = base + unit;
      String inner = text.substring(s + 1, e - 1);
      if (inner.isBlank()) {
        replace(s + 1, e - 1, "\n" + ind + entry.apply(ind) + "\n" + base);
      } else {
        replace(s + 1, s + 1, "\n" + ind + entry.apply(ind));
      }
      return;
    }
    String last = kids.get(kids.size() - 1);
    int lastStart = ix.entryStart(last);
    String ind = JsoncLayout.leadsLine(text, lastStart) ? indentAt(lastStart) : indentAt(s) + unit;
    int lastEnd = ix.end(last);
    int trailingComma = ix.trailingComma(container);
    boolean comma = trailingComma >= 0;
    int at = JsoncLayout.endOfLineIfOnlyComment(text, comma ? trailingComma + 1 : lastEnd);
    replace(at, at, "\n" + ind + entry.apply(ind) + (comma ? "," : ""));
    if (!comma) {
      replace(lastEnd, lastEnd, ",");
    }
  }

  private String indentAt(int offset) {
    return JsoncLayout.indentAt(text, offset);
  }

  /** Replaces a span with generated text, in the file's own line endings. */
  private void replace(int from, int to, String with) {
    text = text.substring(0, from) + with.replace("\n", newline) + text.substring(to);
  }

  private boolean same(String existing, Object generated) {
    return JsonValues.comparable(JsoncTree.read(source, existing, JsoncSyntax.VSCODE))
        .equals(JsonValues.comparable(generated));
  }
}
