package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.provenance.Attestations;
import io.github.gocrossbuild.testing.Cosign;
import io.github.gocrossbuild.testing.RealTools;
import io.github.gocrossbuild.testing.TestKeys;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attest(key)} for builds on an SSH host and on a pool: the envelope is signed on this
 * machine, names the host that built the artifact as the builder, and the real cosign verifies it.
 */
class SshAttestTest {
  @RegisterExtension static final ConnectedSshd server = new ConnectedSshd();

  @Test
  void shouldNameTheSshHostAsBuilderInAStatementCosignVerifies(@TempDir Path tmp) {
    RealTools.cosign();
    Path module = TestModules.copyHello(tmp);
    TestKeys keys = TestKeys.ecdsa(tmp, "key");

    BuildResult r =
        GoCrossBuild.target("linux/arm64")
            .noCgo()
            .moduleDir(module)
            .goCommand(Sshd.GO)
            .on(server.host())
            .attest(keys.privateKey())
            .run();

    Path envelope = r.attestation().orElseThrow();
    Cosign cosign = Cosign.verify(keys.publicKey(), envelope, r.artifact());
    assertThat(cosign.exitCode()).as(cosign.output()).isZero();
    String builder = "ssh://" + server.host().name();
    assertThat(Attestations.verify(r.artifact(), envelope, keys.publicKey()).builderId())
        .isEqualTo(builder);
    assertThat(r.provenance())
        .contains(String.format("\"uri\": \"%s%s\"", builder, Sshd.GO))
        .contains("\"id\": \"" + builder + "\"");
  }

  @Test
  void shouldNameTheMemberThatBuiltEachTargetOfAPool(@TempDir Path tmp) {
    RealTools.cosign();
    Path module = TestModules.copyHello(tmp);
    TestKeys keys = TestKeys.ecdsa(tmp, "key");

    List<BuildResult> results =
        GoCrossBuild.targets(
                Target.parse("linux/amd64"),
                Target.parse("linux/arm64"),
                Target.parse("windows/amd64"),
                Target.parse("darwin/arm64"))
            .noCgo()
            .moduleDir(module)
            .goCommand(Sshd.GO)
            .on(BuildHosts.pool(BuildHosts.local(), server.host()))
            .attest(keys.privateKey())
            .runAll();

    assertThat(results).hasSize(4);
    for (BuildResult r : results) {
      Path envelope = r.attestation().orElseThrow();
      Cosign cosign = Cosign.verify(keys.publicKey(), envelope, r.artifact());
      assertThat(cosign.exitCode()).as(cosign.output()).isZero();
      String builder = Attestations.verify(r.artifact(), envelope, keys.publicKey()).builderId();
      if (r.host().equals("local")) {
        assertThat(builder).startsWith("local://");
      } else {
        assertThat(builder).isEqualTo("ssh://" + server.host().name());
      }
    }
  }
}
