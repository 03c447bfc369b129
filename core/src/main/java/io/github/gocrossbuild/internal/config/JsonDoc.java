package io.github.gocrossbuild.internal.config;

import io.github.gocrossbuild.internal.jsonc.JsonRender;
import java.util.List;
import java.util.Map;

/**
 * A generated JSON file as the entries the project owns: top-level members, and elements of
 * top-level arrays recognised by an identifying member ({@code label}, {@code name}). The same
 * description writes a new file and merges into an existing one, so both agree.
 *
 * @param entries the entries, in file order
 * @param comments whether the format allows comments, and so the marker before owned entries
 */
public record JsonDoc(List<Entry> entries, boolean comments) {

  /** One owned part of the file. */
  public sealed interface Entry permits Member, Items {}

  /**
   * A top-level member.
   *
   * @param key the member name
   * @param value a {@link JsonRender} value
   * @param owned whether a marked member is updated; an unowned one is only added when missing
   */
  public record Member(String key, Object value, boolean owned) implements Entry {}

  /**
   * Elements of a top-level array, each recognised by the value of its identifying member.
   *
   * @param key the array's member name, e.g. {@code tasks}
   * @param idKey the identifying member, e.g. {@code label}
   * @param items the elements
   */
  public record Items(String key, String idKey, List<Map<String, Object>> items) implements Entry {}

  /**
   * Returns the text of a new file.
   *
   * @return the JSON text, ending with a newline
   */
  public String render() {
    return JsoncMerge.apply("generated", "{}", this).text() + "\n";
  }
}
