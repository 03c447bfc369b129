package io.github.gocrossbuild.internal.provenance;

import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.provenance.AttestationCheck;
import io.github.gocrossbuild.provenance.AttestationException;
import java.util.List;

/**
 * Reads the members of an envelope or statement with their expected JSON types; a missing member or
 * one of another type is an {@link AttestationException} naming the input, the member and the
 * check.
 *
 * @param input the input as the user names it
 * @param check the check a wrong member fails
 * @param fix what to do when a member is wrong
 */
record Members(String input, AttestationCheck check, String fix) {

  JsoncObject object(JsoncObject in, String key) {
    if (in.get(key) instanceof JsoncObject o) {
      return o;
    }
    throw wrong(key, "an object", in);
  }

  String string(JsoncObject in, String key) {
    if (in.get(key) instanceof String s) {
      return s;
    }
    throw wrong(key, "a string", in);
  }

  List<?> array(JsoncObject in, String key) {
    if (in.get(key) instanceof List<?> l) {
      return l;
    }
    throw wrong(key, "an array", in);
  }

  JsoncObject asObject(Object value, String what) {
    if (value instanceof JsoncObject o) {
      return o;
    }
    throw fail(what + " is not an object");
  }

  AttestationException fail(String problem) {
    return new AttestationException(input, check, problem, fix);
  }

  private AttestationException wrong(String key, String type, JsoncObject in) {
    Object v = in.get(key);
    String found =
        !in.members().containsKey(key) ? "missing" : v == null ? "null" : "of another type";
    return fail(
        String.format(
            "member \"%s\" (line %d) should be %s but is %s", key, in.line(), type, found));
  }
}
