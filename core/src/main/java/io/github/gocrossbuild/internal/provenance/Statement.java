package io.github.gocrossbuild.internal.provenance;

import java.util.Objects;

/**
 * One artifact's provenance statement, written when first asked for: the facts are taken when the
 * artifact is moved into place (they describe that moment), the JSON is rendered from them on the
 * first {@link #json()}, so a build nobody asks for provenance does not pay for the rendering. A
 * signed build asks at once.
 */
public final class Statement {
  private final BuildFacts facts;
  private volatile String json;

  /**
   * Creates the statement of a build.
   *
   * @param facts what was built, from what, where
   */
  public Statement(BuildFacts facts) {
    this.facts = Objects.requireNonNull(facts, "facts");
  }

  /**
   * Returns the statement's JSON; the same text on every call.
   *
   * @return the in-toto statement
   */
  public String json() {
    String known = json;
    if (known == null) {
      known = ProvenanceStatement.json(facts);
      json = known;
    }
    return known;
  }

  @Override
  public String toString() {
    return "in-toto statement of " + facts.plan().artifact().getFileName();
  }
}
