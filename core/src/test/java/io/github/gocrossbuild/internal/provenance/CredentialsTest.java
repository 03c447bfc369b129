package io.github.gocrossbuild.internal.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests for {@link Credentials}. */
class CredentialsTest {
  @Test
  void shouldHideValuesOfCredentialLikeNames() {
    for (String name :
        new String[] {
          "GITHUB_TOKEN", "aws_secret_access_key", "NPM_PASSWORD", "GOAUTH", "SIGNING_KEY",
          "MY_API_KEY", "DOCKER_AUTH_CONFIG", "SESSION_COOKIE", "GPG_PASSPHRASE",
              "AZURE_CREDENTIALS"
        }) {
      assertThat(Credentials.shown(name, "v")).as(name).isEqualTo("[redacted]");
    }
  }

  @Test
  void shouldKeepGosOwnVariablesAndHideUserInformationInUrls() {
    assertThat(Credentials.shown("GOPRIVATE", "example.com/*")).isEqualTo("example.com/*");
    assertThat(Credentials.shown("GOFLAGS", "-mod=mod")).isEqualTo("-mod=mod");
    assertThat(Credentials.shown("GOPROXY", "https://u:p@a.example,https://b.example|direct"))
        .isEqualTo("https://[redacted]@a.example,https://b.example|direct");
    assertThat(Credentials.shown("GONOSUMDB", "git.example/*")).isEqualTo("git.example/*");
  }
}
