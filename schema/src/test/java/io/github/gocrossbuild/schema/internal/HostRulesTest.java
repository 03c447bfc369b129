package io.github.gocrossbuild.schema.internal;

import static io.github.gocrossbuild.schema.Fixtures.summary;
import static io.github.gocrossbuild.schema.Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.ValidationReport;
import org.junit.jupiter.api.Test;

/** Tests for {@link HostRules}. */
class HostRulesTest {

  @Test
  void shouldReportMissingAndRuntimeVersions() {
    ValidationReport missing = validate(ConfigKind.AZURE_FUNCTIONS_HOST, "{\"logging\": {}}");
    ValidationReport runtime = validate(ConfigKind.AZURE_FUNCTIONS_HOST, "{\"version\": \"4.0\"}");
    ValidationReport good = validate(ConfigKind.AZURE_FUNCTIONS_HOST, "{\"version\": \"2.0\"}");

    assertThat(missing.toString())
        .isEqualTo(
            "host.json:1:1: error [host.missing-version] host.json"
                + " has no \"version\", so the Functions host refuses to start; add \"version\": \"2.0\".");
    assertThat(runtime.toString())
        .isEqualTo(
            "host.json:1:13: error [host.invalid-version] Version"
                + " \"4.0\" is not valid: it is the host.json schema version, not the Functions runtime"
                + " version, so write \"2.0\".");
    assertThat(good.issues()).isEmpty();
  }

  @Test
  void shouldReportLegacyHttpWorkerAndMissingExecutable() {
    ValidationReport bad =
        validate(
            ConfigKind.AZURE_FUNCTIONS_HOST,
            "{\"version\": \"2.0\",",
            " \"httpWorker\": {\"description\": {\"defaultExecutablePath\": \"\"}}}");
    ValidationReport noDescription =
        validate(
            ConfigKind.AZURE_FUNCTIONS_HOST,
            "{\"version\": \"2.0\", \"customHandler\": {\"enableForwardingHttpRequest\": true}}");

    assertThat(summary(bad))
        .containsExactly(
            "host.legacy-http-worker@2:2", "host.custom-handler-missing-executable@2:58");
    assertThat(bad.isValid()).isFalse();
    assertThat(summary(noDescription))
        .containsExactly("host.custom-handler-missing-executable@1:20");
  }

  @Test
  void shouldTreatUnknownKeysAsWarningsBecauseTheHostIgnoresThem() {
    ValidationReport report =
        validate(
            ConfigKind.AZURE_FUNCTIONS_HOST,
            "{\"version\": \"2.0\", \"extensions\": {\"kafka\": {}}, \"functionTimout\": \"00:05:00\"}");

    assertThat(report.toString())
        .isEqualTo(
            "host.json:1:35: warning [host.unknown-property] Property \"kafka\" is not a host.json"
                + " setting and the Functions host ignores it; remove it or check its spelling.\n"
                + "host.json:1:49: warning [host.unknown-property] Property \"functionTimout\" is not a"
                + " host.json setting and the Functions host ignores it; did you mean"
                + " \"functionTimeout\"?");
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void shouldRejectCommentsAndDaysInFunctionTimeout() {
    ValidationReport comment = validate(ConfigKind.AZURE_FUNCTIONS_HOST, "{ // x", "}");
    ValidationReport timeout =
        validate(
            ConfigKind.AZURE_FUNCTIONS_HOST,
            "{\"version\": \"2.0\", \"functionTimeout\": \"1.00:00:00\"}");

    assertThat(comment.toString())
        .isEqualTo(
            "host.json:1:3: error [syntax] Comments are not"
                + " allowed in this file, which must be strict JSON; remove the comment.");
    assertThat(timeout.toString())
        .isEqualTo(
            "host.json:1:39: error [schema] Value \"1.00:00:00\""
                + " has the wrong format: use hh:mm:ss up to 23:59:59 (Consumption allows at most"
                + " 00:10:00), or -1 for no limit on Premium and Dedicated plans.");
  }

  @Test
  void shouldWarnAboutOldExtensionBundlesOnly() {
    ValidationReport old =
        validate(
            ConfigKind.AZURE_FUNCTIONS_HOST,
            "{\"version\": \"2.0\","
                + " \"extensionBundle\": {\"id\": \"Microsoft.Azure.Functions.ExtensionBundle\","
                + " \"version\": \"[3.*, 4.0.0)\"}}");
    ValidationReport current =
        validate(
            ConfigKind.AZURE_FUNCTIONS_HOST,
            "{\"version\": \"2.0\","
                + " \"extensionBundle\": {\"id\": \"Microsoft.Azure.Functions.ExtensionBundle\","
                + " \"version\": \"[4.*, 5.0.0)\"}}");

    assertThat(summary(old)).containsExactly("host.deprecated-extension-bundle@1:102");
    assertThat(current.issues()).isEmpty();
  }
}
