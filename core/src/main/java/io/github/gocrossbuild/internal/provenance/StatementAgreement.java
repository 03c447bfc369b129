package io.github.gocrossbuild.internal.provenance;

import io.github.gocrossbuild.internal.jsonc.JsonValues;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two hosts' statements of the same artifact. They must agree on what was built and what
 * was asked for: the subject, the predicate type, the build type and every external parameter. The
 * builder, the times, the internal parameters (paths on each host) and the dependencies' places may
 * differ.
 */
public final class StatementAgreement {
  private StatementAgreement() {}

  /**
   * Lists where two statements disagree.
   *
   * @param one the first statement's JSON
   * @param oneHost the host that made it
   * @param other the second statement's JSON
   * @param otherHost the host that made it
   * @return one line per difference, e.g. {@code externalParameters.cgo: true on local, false on
   *     ci@10.0.0.7:22}; empty when they agree
   */
  public static List<String> differences(
      String one, String oneHost, String other, String otherHost) {
    Map<?, ?> a = (Map<?, ?>) JsonValues.comparable(JsoncTree.read(oneHost, one, JsoncSyntax.JSON));
    Map<?, ?> b =
        (Map<?, ?>) JsonValues.comparable(JsoncTree.read(otherHost, other, JsoncSyntax.JSON));
    List<String> out = new ArrayList<>();
    Line line =
        (name, x, y) ->
            out.add(String.format("%s: %s on %s, %s on %s", name, x, oneHost, y, otherHost));
    compare("subject", a.get("subject"), b.get("subject"), line);
    compare("predicateType", a.get("predicateType"), b.get("predicateType"), line);
    Map<?, ?> da = definition(a);
    Map<?, ?> db = definition(b);
    compare("buildType", da.get("buildType"), db.get("buildType"), line);
    Map<?, ?> pa = member(da, "externalParameters");
    Map<?, ?> pb = member(db, "externalParameters");
    Set<Object> names = new LinkedHashSet<>(pa.keySet());
    names.addAll(pb.keySet());
    for (Object name : names) {
      compare("externalParameters." + name, pa.get(name), pb.get(name), line);
    }
    return out;
  }

  private static Map<?, ?> definition(Map<?, ?> statement) {
    return member(member(statement, "predicate"), "buildDefinition");
  }

  private static Map<?, ?> member(Map<?, ?> in, String name) {
    return in.get(name) instanceof Map<?, ?> m ? m : Map.of();
  }

  private static void compare(String name, Object x, Object y, Line line) {
    if (x == null ? y != null : !x.equals(y)) {
      line.add(name, x == null ? "(absent)" : x, y == null ? "(absent)" : y);
    }
  }

  /** Adds one difference. */
  private interface Line {
    void add(String name, Object one, Object other);
  }
}
