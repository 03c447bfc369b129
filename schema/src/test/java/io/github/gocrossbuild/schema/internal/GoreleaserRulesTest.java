package io.github.gocrossbuild.schema.internal;

import static io.github.gocrossbuild.schema.Fixtures.summary;
import static io.github.gocrossbuild.schema.Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.ValidationReport;
import org.junit.jupiter.api.Test;

/** Tests for {@link GoreleaserRules}. */
class GoreleaserRulesTest {
  private static final String REPRODUCIBLE =
      "    mod_timestamp: '{{ .CommitTimestamp }}'\n    flags: [-trimpath]";

  @Test
  void shouldAcceptAReproducibleVersionTwoBuild() {
    ValidationReport report =
        validate(
            ConfigKind.GORELEASER,
            "version: 2",
            "builds:",
            "  - goos: [linux, windows]",
            "    goarch: ['386', amd64, arm64]",
            REPRODUCIBLE);

    assertThat(report.issues()).isEmpty();
  }

  @Test
  void shouldWarnAboutMissingVersionAndNonReproducibleBuild() {
    ValidationReport report =
        validate(
            ConfigKind.GORELEASER, "# comment", "builds:", "  - main: .", "    flags: [-trimpath]");

    assertThat(report.toString())
        .isEqualTo(
            ".goreleaser.yaml:2:1: warning [goreleaser.missing-version] There is no \"version: 2\", so"
                + " GoReleaser v2 warns and reports any strict-parse error as a version error; add"
                + " version: 2 at the top.\n"
                + ".goreleaser.yaml:3:5: warning [goreleaser.not-reproducible] This build is not"
                + " reproducible without mod_timestamp; add mod_timestamp: \"{{ .CommitTimestamp }}\""
                + " and flags: [-trimpath].");
  }

  @Test
  void shouldReportGoarchAliasesUnknownValuesAndBadTargets() {
    ValidationReport report =
        validate(
            ConfigKind.GORELEASER,
            "version: 2",
            "builds:",
            "  - goos: [linux, macos]",
            "    goarch: [x86_64, sparc]",
            "    targets: [linux_arm64, windows_mips, linux_arm_8]",
            REPRODUCIBLE);

    assertThat(summary(report))
        .containsExactly(
            "go.goarch-alias@3:19",
            "go.goarch-alias@4:14",
            "go.invalid-target@4:22",
            "goreleaser.targets-override@5:5",
            "go.invalid-target@5:28",
            "go.invalid-variant@5:42");
    assertThat(report.issues().get(5).message())
        .isEqualTo(
            "GOARM \"8\" is not valid and"
                + " GoReleaser rejects it; GOARM must be 5, 6 or 7, optionally followed by ,softfloat or"
                + " ,hardfloat (Go 1.23 silently accepts GOARM=8 and builds GOARM=7 code).");
  }

  @Test
  void shouldWarnAboutUnquotedNumbersButAcceptThem() {
    ValidationReport report =
        validate(
            ConfigKind.GORELEASER,
            "version: 2",
            "builds:",
            "  - goarch: [386, arm]",
            "    goarm: [7]",
            REPRODUCIBLE);

    assertThat(summary(report))
        .containsExactly("goreleaser.unquoted-number@3:14", "goreleaser.unquoted-number@4:13");
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void shouldReportRemovedAndDeprecatedKeysAndUnknownOnes() {
    ValidationReport report =
        validate(
            ConfigKind.GORELEASER,
            "version: 2",
            "archives:",
            "  - format: zip",
            "    rlcp: true",
            "snapshot:",
            "  name_template: x",
            "buildz: []");

    assertThat(summary(report))
        .containsExactly(
            "goreleaser.deprecated-key@3:5",
            "goreleaser.removed-key@4:5",
            "goreleaser.deprecated-key@6:3",
            "schema@7:1");
    assertThat(report.issues().get(3).message())
        .isEqualTo("Property \"buildz\" is not allowed" + " here; did you mean \"builds\"?");
  }

  @Test
  void shouldNotReportProSectionsWhenProIsSet() {
    ValidationReport report =
        validate(ConfigKind.GORELEASER, "version: 2", "pro: true", "nightly: {}");

    assertThat(report.issues()).isEmpty();
  }

  @Test
  void shouldExpandAnchorsAndMergeKeysAndRejectDuplicateKeys() {
    ValidationReport merged =
        validate(
            ConfigKind.GORELEASER,
            "version: 2",
            "x-base: &base",
            "  goos: [linux]",
            "builds:",
            "  - <<: *base",
            "    goarch: [aarch64]",
            REPRODUCIBLE);
    ValidationReport duplicate = validate(ConfigKind.GORELEASER, "version: 2", "version: 2");

    assertThat(summary(merged)).containsExactly("schema@2:1", "go.goarch-alias@6:14");
    assertThat(duplicate.toString())
        .isEqualTo(
            ".goreleaser.yaml:2:1: error [goreleaser.duplicate-key] Key"
                + " \"version\" is defined twice in this mapping, which GoReleaser rejects; delete one of"
                + " them.");
  }

  @Test
  void shouldReportYamlSyntaxErrorsAtTheirPosition() {
    ValidationReport report =
        validate(ConfigKind.GORELEASER, "version: 2", "builds:", "  - goos: [linux", "  - x: y");

    assertThat(summary(report)).hasSize(1).allMatch(s -> s.startsWith("syntax@"));
    assertThat(report.issues().get(0).message())
        .startsWith("Invalid YAML (")
        .endsWith("); check the indentation and quoting here.");
  }
}
