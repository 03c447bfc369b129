package io.github.gocrossbuild.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.Target;
import org.junit.jupiter.api.Test;

/** Tests for {@link Attachments}. */
class AttachmentsTest {

  @Test
  void shouldSpellTheClassifierAsOsArchAndVariant() {
    assertThat(Attachments.classifier(Target.parse("linux/arm64"))).isEqualTo("linux-arm64");
    assertThat(Attachments.classifier(Target.parse("linux/arm/v7"))).isEqualTo("linux-arm-v7");
    assertThat(Attachments.classifier(Target.parse("linux/amd64/v3"))).isEqualTo("linux-amd64-v3");
  }

  @Test
  void shouldTypeWindowsArtifactsExeAndOthersBin() {
    assertThat(Attachments.type(Target.parse("windows/amd64"))).isEqualTo("exe");
    assertThat(Attachments.type(Target.parse("darwin/arm64"))).isEqualTo("bin");
  }
}
