package io.github.gocrossbuild.internal.provenance;

import io.github.gocrossbuild.config.ConfigParseException;
import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import io.github.gocrossbuild.provenance.AttestationCheck;
import io.github.gocrossbuild.provenance.AttestationException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fields of a signed in-toto statement that verification checks, read in strict JSON.
 *
 * @param json the statement's text
 * @param subjectName the one subject's name
 * @param subjectSha256 its SHA-256, lower-case hex
 * @param predicateType the predicate type
 * @param builderId the SLSA builder id, or empty
 */
public record StatementFields(
    String json, String subjectName, String subjectSha256, String predicateType, String builderId) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Reads a statement that came out of an envelope.
   *
   * @param envelope the envelope's path, for messages
   * @param json the payload
   * @return the fields
   * @throws AttestationException when it is not an in-toto Statement v1 with exactly one subject
   */
  public static StatementFields read(String envelope, String json) {
    String input = envelope + " (payload)";
    Members m =
        new Members(
            input,
            AttestationCheck.STATEMENT,
            "sign an in-toto Statement v1, as GoCrossBuilder.attest(...) does");
    Object root;
    try {
      root = JsoncTree.read(input, json, JsoncSyntax.JSON);
    } catch (ConfigParseException e) {
      throw new AttestationException(
          input, AttestationCheck.STATEMENT, "is not JSON: " + e.getMessage(), m.fix(), e);
    }
    JsoncObject o = m.asObject(root, "the statement");
    String type = m.string(o, "_type");
    if (!type.equals(ProvenanceStatement.STATEMENT_TYPE)) {
      throw m.fail(
          String.format("has _type \"%s\", not \"%s\"", type, ProvenanceStatement.STATEMENT_TYPE));
    }
    Members s =
        new Members(
            input,
            AttestationCheck.SUBJECT,
            "attest one artifact per statement, as GoCrossBuilder.attest(...) does");
    List<?> subjects = s.array(o, "subject");
    if (subjects.size() != 1) {
      throw s.fail(String.format("names %d subjects; one artifact per statement", subjects.size()));
    }
    JsoncObject subject = s.asObject(subjects.get(0), "the subject");
    String name = s.string(subject, "name");
    String sha = s.string(s.object(subject, "digest"), "sha256");
    if (!SHA256.matcher(sha).matches()) {
      throw s.fail("has a sha256 digest that is not 64 lower-case hex digits");
    }
    String predicateType = m.string(o, "predicateType");
    return new StatementFields(json, name, sha, predicateType, builderId(o));
  }

  private static String builderId(JsoncObject statement) {
    if (statement.get("predicate") instanceof JsoncObject p
        && p.get("runDetails") instanceof JsoncObject r
        && r.get("builder") instanceof JsoncObject b
        && b.get("id") instanceof String id) {
      return id;
    }
    return "";
  }
}
