package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.schema.ConfigIssue;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** Tests for {@link GoTargetRules}. */
class GoTargetRulesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final IssueSink sink = new IssueSink("t", new SourceMap());

  @Test
  void shouldNameTheGoSpellingOfKnownAliases() {
    assertThat(GoTargetRules.checkGoarch("aarch64", "/a", sink)).isEmpty();
    assertThat(GoTargetRules.checkGoarch("armv7", "/b", sink)).isEmpty();
    assertThat(GoTargetRules.checkGoos("macos", "/c", sink)).isEmpty();

    assertThat(sink.issues())
        .extracting(ConfigIssue::ruleId, ConfigIssue::pointer, ConfigIssue::message)
        .containsExactly(
            Tuple.tuple(
                "go.goarch-alias",
                "/a",
                "GOARCH \"aarch64\" is not a name Go knows; use" + " \"arm64\"."),
            Tuple.tuple(
                "go.goarch-alias",
                "/b",
                "GOARCH \"armv7\" is not a name Go knows; use \"arm\"" + " and set GOARM=7."),
            Tuple.tuple(
                "go.goarch-alias",
                "/c",
                "GOOS \"macos\" is not a name Go knows; use" + " \"darwin\"."));
  }

  @Test
  void shouldReportUnknownNamesAndUnsupportedPairs() {
    assertThat(GoTargetRules.checkGoos("amiga", "/os", sink)).isEmpty();
    assertThat(GoTargetRules.checkPair(GoOs.DARWIN, GoArch.I386, "/arch", sink)).isFalse();
    assertThat(GoTargetRules.checkPair(GoOs.LINUX, GoArch.ARM64, "/ok", sink)).isTrue();

    assertThat(sink.issues())
        .extracting(ConfigIssue::ruleId, ConfigIssue::message)
        .containsExactly(
            Tuple.tuple(
                "go.invalid-target",
                "GOOS \"amiga\" is not an operating system Go 1.23"
                    + " supports; use one of aix, android, darwin, dragonfly, freebsd, illumos, ios, js,"
                    + " linux, netbsd, openbsd, plan9, solaris, wasip1, windows."),
            Tuple.tuple(
                "go.invalid-target",
                "Go 1.23 cannot build for darwin/386 (it is not in go"
                    + " tool dist list); valid GOARCH values for darwin are amd64, arm64."));
  }

  @Test
  void shouldCheckVariantAndCgoInAnEnvironmentMap() {
    GoTargetRules.checkEnvMap(
        NODES
            .objectNode()
            .put("GOOS", "linux")
            .put("GOARCH", "arm")
            .put("GOARM", "9")
            .put("CGO_ENABLED", "true"),
        "/env",
        sink);

    assertThat(sink.issues())
        .extracting(ConfigIssue::ruleId, ConfigIssue::pointer, ConfigIssue::message)
        .containsExactly(
            Tuple.tuple(
                "go.invalid-variant",
                "/env/GOARM",
                "GOARM \"9\" is not valid and Go 1.23 silently"
                    + " builds the default instead; GOARM must be 5, 6 or 7, optionally followed by"
                    + " ,softfloat or ,hardfloat (Go 1.23 silently accepts GOARM=8 and builds GOARM=7"
                    + " code)."),
            Tuple.tuple(
                "go.invalid-env-value",
                "/env/CGO_ENABLED",
                "CGO_ENABLED must be \"0\" or \"1\""
                    + " and Go does not read \"true\" as either; write \"1\"."));
  }

  @Test
  void shouldReadKeyValueListsAndTreatEmptyValuesAsUnset() {
    GoTargetRules.checkEnvList(
        NODES
            .arrayNode()
            .add("GOOS=windows")
            .add("GOARCH=")
            .add("NOT_A_PAIR")
            .add("GOARCH=aarch64"),
        "/env",
        sink);
    GoTargetRules.checkEnvList(NODES.arrayNode().add("GOOS=linux").add("GOARCH="), "/env2", sink);

    assertThat(sink.issues())
        .extracting(ConfigIssue::ruleId, ConfigIssue::pointer)
        .containsExactly(Tuple.tuple("go.goarch-alias", "/env/3"));
  }

  @Test
  void shouldLeaveValuesThatVsCodeOrGoreleaserFillInAtRunTime() {
    GoTargetRules.checkEnvMap(
        NODES.objectNode().put("GOOS", "${env:TARGET_OS}").put("GOARCH", "${input:arch}"),
        "/env",
        sink);
    GoTargetRules.checkEnvList(NODES.arrayNode().add("GOARCH={{ .Arch }}"), "/list", sink);
    GoTargetRules.checkEnvMap(NODES.objectNode().put("GOARCH", "x86_64"), "/bad", sink);

    assertThat(sink.issues())
        .extracting(ConfigIssue::ruleId, ConfigIssue::pointer)
        .containsExactly(Tuple.tuple("go.goarch-alias", "/bad/GOARCH"));
  }
}
