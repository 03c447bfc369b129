package io.github.gocrossbuild.schema.internal.jsonschema;

/**
 * A position in the validated document, built one segment at a time while walking it and rendered
 * as a JSON pointer only when a violation is reported, so a valid document costs no string
 * building.
 */
final class Location {
  static final Location ROOT = new Location(null, null, -1);

  private final Location parent;
  private final String name;
  private final int index;

  private Location(Location parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  Location child(String member) {
    return new Location(this, member, -1);
  }

  Location child(int arrayIndex) {
    return new Location(this, null, arrayIndex);
  }

  /** Renders the RFC 6901 pointer, escaping {@code ~} and {@code /} in member names. */
  String pointer() {
    if (parent == null) {
      return "";
    }
    String segment =
        name == null ? Integer.toString(index) : name.replace("~", "~0").replace("/", "~1");
    return parent.pointer() + "/" + segment;
  }

  @Override
  public String toString() {
    return pointer();
  }
}
