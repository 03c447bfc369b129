package io.github.gocrossbuild.internal.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests for {@link StatementAgreement}: what two hosts' statements may and may not differ in. */
class StatementAgreementTest {
  private static String statement(
      String sha, String builder, String started, String goroot, String cgo, String tags) {
    return String.format(
        "{\"_type\": \"https://in-toto.io/Statement/v1\","
            + " \"subject\": [{\"name\": \"app\", \"digest\": {\"sha256\": \"%s\"}}],"
            + " \"predicateType\": \"https://slsa.dev/provenance/v1\", \"predicate\": {"
            + " \"buildDefinition\": {\"buildType\": \"https://x/v1\","
            + " \"externalParameters\": {\"target\": \"linux/arm64\", \"cgo\": %s, \"tags\": %s},"
            + " \"internalParameters\": {\"environment\": {\"GOROOT\": {\"value\": \"%s\"}}},"
            + " \"resolvedDependencies\": [{\"name\": \"go\", \"uri\": \"%s%s/bin/go\"}]},"
            + " \"runDetails\": {\"builder\": {\"id\": \"%s\"},"
            + " \"metadata\": {\"startedOn\": \"%s\"}}}}",
        sha, cgo, tags, goroot, builder, goroot, builder, started);
  }

  @Test
  void shouldAcceptStatementsThatDifferOnlyInBuilderTimesAndHostPaths() {
    String one =
        statement("aa", "local://box", "2026-12-07T08:00:00Z", "/usr/lib/go", "false", "[]");
    String two =
        statement("aa", "ssh://ci@h:22", "2026-12-07T08:00:09Z", "/opt/go", "false", "[ ]");

    assertThat(StatementAgreement.differences(one, "local", two, "ci@h:22")).isEmpty();
  }

  @Test
  void shouldNameEachExternalParameterAndTheSubjectThatDiffer() {
    String one = statement("aa", "local://box", "t1", "/usr/lib/go", "false", "[\"netgo\"]");
    String two = statement("bb", "local://box", "t1", "/usr/lib/go", "true", "[]");

    assertThat(StatementAgreement.differences(one, "local", two, "ci@h:22"))
        .containsExactly(
            "subject: [{name=app, digest={sha256=aa}}] on local,"
                + " [{name=app, digest={sha256=bb}}] on ci@h:22",
            "externalParameters.cgo: false on local, true on ci@h:22",
            "externalParameters.tags: [netgo] on local, [] on ci@h:22");
  }

  @Test
  void shouldNameAParameterOnlyOneSideHas() {
    String one = statement("aa", "b", "t", "/g", "false", "[]");
    String two = one.replace("\"cgo\": false, ", "");

    assertThat(StatementAgreement.differences(one, "local", two, "other"))
        .containsExactly("externalParameters.cgo: false on local, (absent) on other");
  }
}
