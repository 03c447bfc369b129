package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.ReproducibilityException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.provenance.Attestations;
import io.github.gocrossbuild.provenance.VerifiedStatement;
import io.github.gocrossbuild.testing.Cosign;
import io.github.gocrossbuild.testing.RealTools;
import io.github.gocrossbuild.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code reproducibleOn}: this machine against a real sshd, with real go on both sides. */
class ReproducibleOnTest {
  private static final Target ARM64 = Target.parse("linux/arm64");

  @RegisterExtension static final ConnectedSshd server = new ConnectedSshd();

  private static GoCrossBuilder arm64(Path module) {
    return GoCrossBuild.target(ARM64).noCgo().moduleDir(module).goCommand(Sshd.GO);
  }

  @Test
  void shouldAgreeOnTheBytesOfTheTestModule(@TempDir Path tmp) {
    Path module = TestModules.copyHello(tmp);

    Map<Target, String> sums = arm64(module).reproducibleOn(server.host());

    assertThat(sums).containsOnlyKeys(ARM64);
    assertThat(sums.get(ARM64)).hasSize(64).matches("[0-9a-f]+");
    assertThat(module.resolve("bin")).doesNotExist();
  }

  @Test
  void shouldWriteBothHostsSignedStatementsWhichCosignVerifies(@TempDir Path tmp) throws Exception {
    RealTools.cosign();
    Path module = TestModules.copyHello(tmp);
    TestKeys keys = TestKeys.ecdsa(tmp, "key");

    Map<Target, String> sums =
        arm64(module).attest(keys.privateKey()).reproducibleOn(server.host());

    Path bin = module.resolve("bin");
    String other = server.host().name().replaceAll("[^A-Za-z0-9._@-]", "_");
    assertThat(other).isNotEqualTo(server.host().name()).contains("@");
    try (Stream<Path> files = Files.list(bin)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "sshhello-linux-arm64",
              "sshhello-linux-arm64.intoto.jsonl",
              "sshhello-linux-arm64." + other + ".intoto.jsonl");
    }
    Path artifact = bin.resolve("sshhello-linux-arm64");
    assertThat(Sha256.of(Files.readAllBytes(artifact))).isEqualTo(sums.get(ARM64));
    assertThat(artifact).isExecutable();
    List<VerifiedStatement> statements = new ArrayList<>();
    for (String envelope :
        List.of(
            "sshhello-linux-arm64.intoto.jsonl",
            "sshhello-linux-arm64." + other + ".intoto.jsonl")) {
      Cosign cosign = Cosign.verify(keys.publicKey(), bin.resolve(envelope), artifact);
      assertThat(cosign.exitCode()).as(cosign.output()).isZero();
      statements.add(Attestations.verify(artifact, bin.resolve(envelope), keys.publicKey()));
    }
    assertThat(statements.get(0).builderId()).startsWith("local://");
    assertThat(statements.get(1).builderId()).isEqualTo("ssh://" + server.host().name());
    assertThat(statements)
        .allSatisfy(s -> assertThat(s.subjectSha256()).isEqualTo(sums.get(ARM64)));
    // Same subject and parameters; the builder and the times are what differ.
    String one = statements.get(0).json();
    String two = statements.get(1).json();
    assertThat(section(one, "\"externalParameters\"", "\"internalParameters\""))
        .isEqualTo(section(two, "\"externalParameters\"", "\"internalParameters\""))
        .contains("\"target\": \"linux/arm64\"");
    assertThat(section(one, "\"builder\"", "\"byproducts\""))
        .isNotEqualTo(section(two, "\"builder\"", "\"byproducts\""));
  }

  private static String section(String json, String from, String to) {
    return json.substring(json.indexOf(from), json.indexOf(to));
  }

  @Test
  void shouldWriteNoStatementWhenTheBytesDiffer(@TempDir Path tmp) {
    Path module = TestModules.copyHello(tmp);
    TestKeys keys = TestKeys.ecdsa(tmp, "key");
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("GOFLAGS", "-ldflags=-X=main.v=1");
    GoCrossBuilder builder =
        arm64(module).strip(false).attest(keys.privateKey()).on(BuildHosts.local(env));

    assertThatThrownBy(() -> builder.reproducibleOn(server.host()))
        .isInstanceOf(ReproducibilityException.class);
    assertThat(module.resolve("bin")).doesNotExist();
  }

  @Test
  void shouldNameTheLinkerFlagsWhenOneSideSetsAnotherX(@TempDir Path tmp) {
    Path module = TestModules.copyHello(tmp);
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("GOFLAGS", "-ldflags=-X=main.v=1");

    // Without -s -w the library passes no -ldflags, so the one GOFLAGS carries is used.
    GoCrossBuilder builder = arm64(module).strip(false).on(BuildHosts.local(env));

    assertThatThrownBy(() -> builder.reproducibleOn(server.host()))
        .isInstanceOfSatisfying(
            ReproducibilityException.class,
            e -> {
              assertThat(e.target()).isEqualTo(ARM64);
              assertThat(e.host()).isEqualTo("local");
              assertThat(e.otherHost()).isEqualTo(server.host().name());
              assertThat(e.sha256()).isNotEqualTo(e.otherSha256());
              assertThat(e.differences())
                  .startsWith(
                      "environment GOFLAGS: \"-ldflags=-X=main.v=1\" on local, \"\" on "
                          + server.host().name())
                  .anyMatch(d -> d.startsWith("build ID: "))
                  // Which sections differ depends on the Go version (Go 1.23 also names .text,
                  // Go 1.24 adds .note.gnu.build-id); these differ with every one.
                  .anyMatch(
                      d ->
                          d.startsWith("sections with different bytes: ")
                              && d.contains(".rodata, .data, ")
                              && d.contains(".note.go.buildid, ")
                              && d.endsWith(".symtab, .strtab"));
              assertThat(e.getMessage())
                  .startsWith(
                      "linux/arm64 is not reproducible: local and "
                          + server.host().name()
                          + " built different bytes (SHA-256 "
                          + e.sha256()
                          + " on local, ");
            });
  }

  @Test
  void shouldNameTheVcsStampWhenOnlyOneSideIsACheckout(@TempDir Path tmp) throws Exception {
    Path git = Path.of("/usr/bin/git");
    Sshd.requireTool(git, "git");
    Path module = TestModules.copyHello(tmp);
    for (List<String> args :
        List.of(
            List.of("init", "-q"),
            List.of("add", "."),
            List.of(
                "-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-qm", "m"))) {
      List<String> argv = new ArrayList<>(List.of(git.toString(), "-C", module.toString()));
      argv.addAll(args);
      assertThat(new ProcessBuilder(argv).inheritIO().start().waitFor()).isZero();
    }

    // Asked for explicitly, the stamp goes in here; the host's copy has no .git.
    GoCrossBuilder builder = arm64(module).buildvcs(true);

    assertThatThrownBy(() -> builder.reproducibleOn(server.host()))
        .isInstanceOfSatisfying(
            ReproducibilityException.class,
            e ->
                assertThat(e.differences())
                    .contains("setting vcs: \"git\" on local, (absent) on " + server.host().name())
                    .contains(
                        "setting vcs.modified: \"false\" on local, (absent) on "
                            + server.host().name())
                    .anyMatch(d -> d.startsWith("setting vcs.revision: \"")));
  }
}
