package io.github.gocrossbuild.internal.jsonc;

/**
 * The containers open at the reader's position, and the location it hands to the handler: one
 * mutable object, so that a value costs no allocation; pointers are built only when asked for, each
 * open container's once.
 */
final class JsoncPath implements JsoncLocation {
  private final String source;
  private final boolean[] objects = new boolean[JsoncLimits.MAX_DEPTH];
  private final String[] keys = new String[JsoncLimits.MAX_DEPTH];
  private final int[] indexes = new int[JsoncLimits.MAX_DEPTH];
  private final long[] openedAt = new long[JsoncLimits.MAX_DEPTH];
  private final String[] pointers = new String[JsoncLimits.MAX_DEPTH];
  private int depth;
  private long position;
  private int offset;
  private int end;

  /** The pointer of the current value once built; null after the path moved on. */
  private String slot;

  /** Whether {@link #pointer()} names the innermost container rather than the current value. */
  private boolean container;

  JsoncPath(String source) {
    this.source = source;
  }

  /** Points at a value starting at {@code at}, for an error there. */
  void value(long at) {
    position = at;
    container = false;
  }

  /**
   * Points at a value's token at {@code at}, from offset {@code from} to {@code to}: the root, an
   * array element or a member value, or a member's name.
   */
  JsoncLocation value(long at, int from, int to) {
    position = at;
    offset = from;
    end = to;
    container = false;
    return this;
  }

  /**
   * Points at a token of the innermost container that is not one of its values: a comma, a closer,
   * the end of an empty document.
   */
  JsoncLocation inContainer(long at, int from, int to) {
    offset = from;
    end = to;
    return inContainer(at);
  }

  /** Points at a place inside the innermost container, for an error there. */
  JsoncLocation inContainer(long at) {
    position = at;
    container = true;
    return this;
  }

  /** Returns the exception for a problem at {@code at}, naming the current pointer. */
  JsoncException fail(long at, String problem) {
    position = at;
    return new JsoncException(source, at, pointer(), problem);
  }

  int depth() {
    return depth;
  }

  boolean inObject() {
    return objects[depth - 1];
  }

  long openedAt() {
    return openedAt[depth - 1];
  }

  void push(boolean object, long at) {
    objects[depth] = object;
    keys[depth] = null;
    indexes[depth] = 0;
    openedAt[depth] = at;
    pointers[depth] = slot;
    depth++;
    slot = null;
  }

  void pop() {
    depth--;
    slot = null;
  }

  /** The innermost object's next member is named {@code key}. */
  void key(String key) {
    keys[depth - 1] = key;
    slot = null;
  }

  /** The innermost array's next element follows. */
  void nextIndex() {
    indexes[depth - 1]++;
    slot = null;
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public int offset() {
    return offset;
  }

  @Override
  public int end() {
    return end;
  }

  @Override
  public String pointer() {
    if (container) {
      return containerPointer(depth);
    }
    if (slot == null) {
      slot = slotPointer(depth);
    }
    return slot;
  }

  /** The pointer of the container at level {@code d - 1}, or "" at the top. */
  private String containerPointer(int d) {
    if (d == 0) {
      return "";
    }
    int i = d - 1;
    if (pointers[i] == null) {
      pointers[i] = slotPointer(i);
    }
    return pointers[i];
  }

  /** The pointer of the current value inside the container at level {@code d - 1}. */
  private String slotPointer(int d) {
    if (d == 0) {
      return "";
    }
    int i = d - 1;
    String parent = containerPointer(d);
    if (!objects[i]) {
      return JsonPointers.child(parent, indexes[i]);
    }
    String key = keys[i];
    return key == null ? parent : JsonPointers.child(parent, key);
  }

  @Override
  public String toString() {
    return line() + ":" + column() + " " + pointer();
  }
}
