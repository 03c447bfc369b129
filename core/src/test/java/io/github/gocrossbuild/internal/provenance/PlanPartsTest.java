package io.github.gocrossbuild.internal.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.internal.jsonc.JsonRender;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.spi.ToolchainSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tests for {@link PlanParts}'s toolchain entry; the whole statement is tested through real builds
 * in {@code GoCrossBuilderAttestTest}.
 */
class PlanPartsTest {
  private static Toolchain.Builder go() {
    return Toolchain.builder()
        .goCommand("/cache/go1.23.5/bin/go")
        .versionOutput("go version go1.23.5 linux/amd64")
        .goEnv(Map.of());
  }

  @Test
  void shouldNameAnInstalledToolchainByItsArchiveAndChecksum() {
    Toolchain tc =
        go().source(ToolchainSource.INSTALLED)
            .foundBy("goVersion(go1.23.5): installed from https://mirror/go1.23.5.tgz into /cache")
            .downloadUrl("https://mirror/go1.23.5.tgz")
            .archiveSha256("ab".repeat(32))
            .build();

    assertThat(JsonRender.render(PlanParts.toolchain(tc, "ssh://ci@h:22"), "", " "))
        .isEqualTo(
            String.format(
                "{\n \"name\": \"go\",\n \"uri\": \"https://mirror/go1.23.5.tgz\",\n"
                    + " \"digest\": {\n  \"sha256\": \"%s\"\n },\n \"annotations\": {\n"
                    + "  \"version\": \"go1.23.5\",\n  \"goCommand\": \"/cache/go1.23.5/bin/go\",\n"
                    + "  \"foundBy\": \"goVersion(go1.23.5): installed from"
                    + " https://mirror/go1.23.5.tgz into /cache\"\n }\n}",
                "ab".repeat(32)));
  }

  @Test
  void shouldNameAFoundToolchainByItsCommandOnTheBuilder() {
    Toolchain tc = go().source(ToolchainSource.PATH).foundBy("PATH (/cache/go1.23.5/bin)").build();

    Map<String, Object> entry = PlanParts.toolchain(tc, "ssh://ci@h:22");

    assertThat(entry.get("uri")).isEqualTo("ssh://ci@h:22/cache/go1.23.5/bin/go");
    assertThat(entry).doesNotContainKey("digest");
  }
}
