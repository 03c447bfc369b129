package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import io.github.gocrossbuild.provenance.AttestationCheck;
import io.github.gocrossbuild.provenance.AttestationException;
import io.github.gocrossbuild.provenance.Attestations;
import io.github.gocrossbuild.provenance.VerifiedStatement;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.testing.Cosign;
import io.github.gocrossbuild.testing.GoModuleProxy;
import io.github.gocrossbuild.testing.RealTools;
import io.github.gocrossbuild.testing.TestKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of {@link GoCrossBuilder#attest(Path)}, {@link BuildResult#provenance()} and {@link
 * BuildResult#attestation()} with real Go builds, with the real {@code cosign
 * verify-blob-attestation} as the oracle for every envelope.
 */
class GoCrossBuilderAttestTest {
  @TempDir Path tmp;
  private Path module;
  private BuildHost host;
  private TestKeys keys;

  @BeforeEach
  void setUp() {
    GoToolchainFixture.go();
    RealTools.cosign();
    module = GoToolchainFixture.copyModule("hello", tmp);
    host = BuildHosts.local(GoToolchainFixture.environment());
    keys = TestKeys.ecdsa(tmp, "key");
  }

  private GoCrossBuilder build(String platform) {
    return GoCrossBuild.target(platform).noCgo().moduleDir(module).on(host);
  }

  @Test
  void shouldWriteAnEnvelopeThatCosignAndAttestationsVerify() throws IOException {
    BuildResult r = build("linux/arm64").attest(keys.privateKey()).run();

    Path envelope = r.attestation().orElseThrow();
    assertThat(envelope).isEqualTo(module.resolve("bin/hello-linux-arm64.intoto.jsonl"));
    Cosign cosign = Cosign.verify(keys.publicKey(), envelope, r.artifact());
    assertThat(cosign.exitCode()).as(cosign.output()).isZero();
    assertThat(cosign.output()).contains("Verified OK");
    VerifiedStatement s = Attestations.verify(r.artifact(), envelope, keys.publicKey());
    assertThat(s.subjectSha256()).isEqualTo(sha256(r.artifact()));
    assertThat(s.subjectName()).isEqualTo("hello-linux-arm64");
    assertThat(s.predicateType()).isEqualTo("https://slsa.dev/provenance/v1");
    assertThat(s.builderId()).startsWith("local://");
    assertThat(s.json()).isEqualTo(r.provenance());
    assertThat(Files.readString(envelope)).endsWith("}\n").hasLineCount(1);
    assertThat(Files.list(module.resolve("bin")).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("hello-linux-arm64", "hello-linux-arm64.intoto.jsonl");
  }

  @Test
  void shouldDescribeTheBuildFromItsPlanInTheStatement() {
    BuildResult r =
        build("linux/arm/v7")
            .env("GOCROSS_NOTE", "release")
            .env("GITHUB_TOKEN", "s3cr3t-value")
            .env("GOPROXY", "https://bob:hunter2@proxy.example/go,direct")
            .tags("netgo")
            .run();

    JsoncObject st = object(JsoncTree.read("statement", r.provenance(), JsoncSyntax.JSON));
    assertThat(st.get("_type")).isEqualTo("https://in-toto.io/Statement/v1");
    JsoncObject subject = object(((List<?>) st.get("subject")).get(0));
    assertThat(subject.get("name")).isEqualTo("hello-linux-arm-v7");
    assertThat(object(subject.get("digest")).get("sha256")).isEqualTo(sha256(r.artifact()));
    JsoncObject definition = object(object(st.get("predicate")).get("buildDefinition"));
    assertThat(definition.get("buildType"))
        .isEqualTo("https://gocrossbuild.github.io/buildtypes/go-build/v1");
    JsoncObject external = object(definition.get("externalParameters"));
    assertThat(external.get("target")).isEqualTo("linux/arm/v7");
    assertThat(external.get("variant")).isEqualTo("7");
    assertThat(external.get("package")).isEqualTo(".");
    assertThat(external.get("moduleDir")).isEqualTo(module.toString());
    assertThat(external.get("tags")).isEqualTo(List.of("netgo"));
    assertThat(external.get("cgo")).isEqualTo(false);
    assertThat(object(external.get("env")).members())
        .containsExactly(
            Map.entry("GITHUB_TOKEN", "[redacted]"),
            Map.entry("GOCROSS_NOTE", "release"),
            Map.entry("GOPROXY", "https://[redacted]@proxy.example/go,direct"));
    JsoncObject internal = object(definition.get("internalParameters"));
    assertThat(internal.get("command")).isEqualTo(r.command());
    JsoncObject goarm = object(object(internal.get("environment")).get("GOARM"));
    assertThat(goarm.get("value")).isEqualTo("7");
    assertThat(goarm.get("layer")).isEqualTo("BUILDER_TARGET");
    assertThat(internal.get("redacted")).isEqualTo(List.of("GITHUB_TOKEN", "GOPROXY"));
    assertThat((String) internal.get("redaction")).contains("are replaced by [redacted]");
    assertThat(r.provenance()).doesNotContain("s3cr3t-value").doesNotContain("hunter2");
    List<?> deps = (List<?>) definition.get("resolvedDependencies");
    JsoncObject go = object(deps.get(0));
    assertThat(go.get("name")).isEqualTo("go");
    assertThat(object(go.get("annotations")).get("version")).isEqualTo(r.toolchain().goVersion());
    JsoncObject source = object(deps.get(1));
    assertThat(source.get("name")).isEqualTo("source");
    assertThat((String) object(source.get("digest")).get("dirHash")).hasSize(64);
    assertThat(object(source.get("annotations")).get("module")).isEqualTo("example.com/hello");
    JsoncObject run = object(object(st.get("predicate")).get("runDetails"));
    JsoncObject meta = object(run.get("metadata"));
    assertThat((String) meta.get("startedOn")).isLessThanOrEqualTo((String) meta.get("finishedOn"));
    JsoncObject proof = object(((List<?>) run.get("byproducts")).get(0));
    assertThat(proof.get("name")).isEqualTo("proof");
    assertThat(object(proof.get("annotations")).get("target")).isEqualTo("linux/arm/v7");
    assertThat(r.attestation()).isEmpty();
  }

  @Test
  void shouldDigestTheSourceTreeLikeGosDirHash() throws IOException {
    String first = dirHash(build("linux/amd64").run());
    Files.writeString(module.resolve("notes_test.go"), "package main\n");
    Files.createDirectories(module.resolve("testdata"));
    Files.writeString(module.resolve("testdata/input.txt"), "x");
    String unchanged = dirHash(build("linux/amd64").run());
    Files.writeString(module.resolve("extra.go"), "package main\n");
    String changed = dirHash(build("linux/amd64").run());

    assertThat(unchanged).isEqualTo(first);
    assertThat(changed).isNotEqualTo(first);
  }

  @Test
  void shouldAttestACgoCrossBuildNamingTheCCompiler() {
    if (!Files.isExecutable(Path.of("/usr/bin/aarch64-linux-gnu-gcc"))) {
      RealTools.missing("aarch64-linux-gnu-gcc (gcc-aarch64-linux-gnu libc6-dev-arm64-cross)");
    }
    Path cgoModule = GoToolchainFixture.copyModule("cgoapp", tmp);
    BuildResult r =
        GoCrossBuild.target("linux/arm64")
            .cgo()
            .moduleDir(cgoModule)
            .on(host)
            .attest(keys.privateKey())
            .run();

    Cosign cosign = Cosign.verify(keys.publicKey(), r.attestation().orElseThrow(), r.artifact());
    assertThat(cosign.exitCode()).as(cosign.output()).isZero();
    JsoncObject definition = buildDefinition(r);
    assertThat(object(definition.get("externalParameters")).get("cgo")).isEqualTo(true);
    List<?> deps = (List<?>) definition.get("resolvedDependencies");
    JsoncObject cc = object(deps.get(deps.size() - 1));
    assertThat(cc.get("name")).isEqualTo("cc");
    assertThat(object(cc.get("annotations")).get("command"))
        .isEqualTo("/usr/bin/aarch64-linux-gnu-gcc");
    assertThat((String) cc.get("uri")).endsWith("/usr/bin/aarch64-linux-gnu-gcc");
  }

  @Test
  void shouldListEachModuleOfTheBuildInfoWithItsGoSumHash() throws IOException {
    Path proxy =
        GoModuleProxy.write(
            tmp.resolve("proxy"),
            "example.com/dep",
            "v1.0.0",
            Map.of("dep.go", "package dep\n\nconst Answer = 42\n"));
    Files.writeString(
        module.resolve("go.mod"),
        "module example.com/hello\n\ngo 1.21\n\nrequire example.com/dep v1.0.0\n");
    Files.writeString(
        module.resolve("main.go"),
        "package main\n\nimport \"example.com/dep\"\n\nfunc main() { println(dep.Answer) }\n");

    BuildResult r =
        build("linux/amd64")
            .env("GOPROXY", proxy.toUri().toString())
            .env("GOSUMDB", "off")
            .env("GOFLAGS", "-mod=mod -modcacherw")
            .env("GOMODCACHE", tmp.resolve("modcache").toString())
            .attest(keys.privateKey())
            .run();

    String goSum =
        Files.readAllLines(module.resolve("go.sum")).stream()
            .filter(l -> l.startsWith("example.com/dep v1.0.0 h1:"))
            .findFirst()
            .orElseThrow()
            .split(" ")[2];
    List<?> deps = (List<?>) buildDefinition(r).get("resolvedDependencies");
    JsoncObject dep = object(deps.get(2));
    assertThat(dep.get("name")).isEqualTo("example.com/dep");
    assertThat(dep.get("uri")).isEqualTo("pkg:golang/example.com/dep@v1.0.0");
    assertThat(object(dep.get("annotations")).get("goSum")).isEqualTo(goSum);
    assertThat(object(dep.get("digest")).get("goModuleH1"))
        .isEqualTo(HexFormat.of().formatHex(Base64.getDecoder().decode(goSum.substring(3))));
    Cosign cosign = Cosign.verify(keys.publicKey(), r.attestation().orElseThrow(), r.artifact());
    assertThat(cosign.exitCode()).as(cosign.output()).isZero();
  }

  @Test
  void shouldRefuseAChangedByteAnEditedStatementAndAnotherKeyLikeCosign() throws IOException {
    BuildResult r = build("linux/amd64").attest(keys.privateKey()).run();
    Path envelope = r.attestation().orElseThrow();
    Path artifact = r.artifact();

    Path changed = tmp.resolve("changed");
    byte[] bytes = Files.readAllBytes(artifact);
    bytes[bytes.length / 2] ^= 1;
    Files.write(changed, bytes);
    Cosign c1 = Cosign.verify(keys.publicKey(), envelope, changed);
    assertThat(c1.exitCode()).as(c1.output()).isEqualTo(1);
    assertThat(c1.output()).contains("no matching subject digest found");
    assertThatThrownBy(() -> Attestations.verify(changed, envelope, keys.publicKey()))
        .isInstanceOfSatisfying(
            AttestationException.class,
            e -> assertThat(e.check()).isEqualTo(AttestationCheck.SUBJECT_DIGEST))
        .hasMessageContaining(changed + ": has SHA-256 ");

    Path edited = tmp.resolve("edited.intoto.jsonl");
    Files.writeString(edited, editedStatement(Files.readString(envelope)));
    Cosign c2 = Cosign.verify(keys.publicKey(), edited, artifact);
    assertThat(c2.exitCode()).as(c2.output()).isEqualTo(1);
    assertThatThrownBy(() -> Attestations.verify(artifact, edited, keys.publicKey()))
        .isInstanceOfSatisfying(
            AttestationException.class,
            e -> assertThat(e.check()).isEqualTo(AttestationCheck.SIGNATURE))
        .hasMessageStartingWith(edited + ": has no signature that verifies with ");

    TestKeys other = TestKeys.ecdsa(tmp, "other");
    Cosign c3 = Cosign.verify(other.publicKey(), envelope, artifact);
    assertThat(c3.exitCode()).as(c3.output()).isEqualTo(1);
    assertThatThrownBy(() -> Attestations.verify(artifact, envelope, other.publicKey()))
        .isInstanceOfSatisfying(
            AttestationException.class,
            e -> assertThat(e.check()).isEqualTo(AttestationCheck.SIGNATURE));
  }

  @Test
  void shouldSignWithAnEd25519KeyThatCosignAccepts() {
    TestKeys ed = TestKeys.ed25519(tmp, "ed");
    BuildResult r = build("linux/amd64").attest(ed.privateKey()).run();

    Cosign cosign = Cosign.verify(ed.publicKey(), r.attestation().orElseThrow(), r.artifact());
    assertThat(cosign.exitCode()).as(cosign.output()).isZero();
    assertThat(
            Attestations.verify(r.artifact(), r.attestation().get(), ed.publicKey()).subjectName())
        .isEqualTo("hello-linux-amd64");
  }

  @Test
  void shouldWriteOneVerifiedStatementPerArtifactWithRunAll() {
    List<BuildResult> results =
        GoCrossBuild.targets(Target.parse("linux/amd64"), Target.parse("windows/arm64"))
            .noCgo()
            .moduleDir(module)
            .on(host)
            .attest(keys.privateKey())
            .runAll();

    assertThat(results).hasSize(2);
    for (BuildResult r : results) {
      Path envelope = r.attestation().orElseThrow();
      assertThat(envelope.getFileName().toString())
          .isEqualTo(r.artifact().getFileName() + ".intoto.jsonl");
      Cosign cosign = Cosign.verify(keys.publicKey(), envelope, r.artifact());
      assertThat(cosign.exitCode()).as(cosign.output()).isZero();
      assertThat(Attestations.verify(r.artifact(), envelope, keys.publicKey()).subjectName())
          .isEqualTo(r.artifact().getFileName().toString());
    }
  }

  @Test
  void shouldKeepThePreviousPairWhenSigningFails() throws IOException {
    BuildResult first = build("linux/amd64").attest(keys.privateKey()).run();
    byte[] artifactBefore = Files.readAllBytes(first.artifact());
    String envelopeBefore = Files.readString(first.attestation().orElseThrow());
    GoCrossBuilder second =
        build("linux/amd64").ldflags("-X main.version=2").attest(keys.privateKey());
    Files.writeString(keys.privateKey(), "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMG\n");

    assertThatThrownBy(second::run)
        .isInstanceOfSatisfying(
            AttestationException.class,
            e -> {
              assertThat(e.check()).isEqualTo(AttestationCheck.KEY);
              assertThat(e.input()).isEqualTo(keys.privateKey().toString());
            })
        .hasMessageContaining("is truncated: `-----END PRIVATE KEY-----` is missing");
    assertThat(Files.readAllBytes(first.artifact())).isEqualTo(artifactBefore);
    assertThat(Files.readString(first.attestation().get())).isEqualTo(envelopeBefore);
    assertThat(Files.list(module.resolve("bin")).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("hello-linux-amd64", "hello-linux-amd64.intoto.jsonl");
    Cosign cosign = Cosign.verify(keys.publicKey(), first.attestation().get(), first.artifact());
    assertThat(cosign.exitCode()).as(cosign.output()).isZero();
  }

  @Test
  void shouldReplaceThePreviousEnvelopeAndLeaveNoTemporaryFile() throws IOException {
    BuildResult first = build("linux/amd64").attest(keys.privateKey()).run();
    String envelopeBefore = Files.readString(first.attestation().orElseThrow());
    BuildResult second =
        build("linux/amd64").ldflags("-X main.version=2").attest(keys.privateKey()).run();

    Path envelope = second.attestation().orElseThrow();
    assertThat(envelope).isEqualTo(first.attestation().get());
    assertThat(Files.readString(envelope)).isNotEqualTo(envelopeBefore);
    VerifiedStatement s = Attestations.verify(second.artifact(), envelope, keys.publicKey());
    assertThat(s.json()).contains("\"-X main.version=2\"");
    assertThat(Files.list(module.resolve("bin")).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("hello-linux-amd64", "hello-linux-amd64.intoto.jsonl");
  }

  @Test
  void shouldPutThePreviousEnvelopeBackWhenTheArtifactCannotMove() throws IOException {
    Path bin = Files.createDirectories(module.resolve("bin"));
    // A non-empty directory where the artifact goes: go build writes its temporary file, the
    // rename over the directory then fails.
    Files.writeString(Files.createDirectories(bin.resolve("hello-linux-amd64")).resolve("x"), "x");
    Path envelope = bin.resolve("hello-linux-amd64.intoto.jsonl");
    Files.writeString(envelope, "{\"previous\":true}\n");

    assertThatThrownBy(build("linux/amd64").attest(keys.privateKey())::run)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("hello-linux-amd64");
    assertThat(Files.readString(envelope)).isEqualTo("{\"previous\":true}\n");
    assertThat(Files.list(bin).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("hello-linux-amd64", "hello-linux-amd64.intoto.jsonl");
  }

  @Test
  void shouldRemoveAStaleEnvelopeWhenBuildingWithoutAttest() {
    BuildResult signed = build("linux/amd64").attest(keys.privateKey()).run();
    BuildResult unsigned = build("linux/amd64").ldflags("-X main.version=2").run();

    assertThat(unsigned.attestation()).isEmpty();
    assertThat(signed.attestation().orElseThrow()).doesNotExist();
    assertThat(unsigned.provenance()).contains("\"-X main.version=2\"");
  }

  @Test
  void shouldRefuseAMissingOrWrongKeyWhenItIsGiven() {
    Path missing = tmp.resolve("nope.pem");

    assertThatThrownBy(() -> build("linux/amd64").attest(missing))
        .isInstanceOf(AttestationException.class)
        .hasMessageStartingWith(missing + ": does not exist (KEY check failed); give the path");
    assertThatThrownBy(() -> build("linux/amd64").attest(keys.publicKey()))
        .isInstanceOf(AttestationException.class)
        .hasMessageContaining("this is a public key; sign with the private key");
  }

  private static String editedStatement(String envelopeLine) {
    JsoncObject env = object(JsoncTree.read("envelope", envelopeLine, JsoncSyntax.JSON));
    String payload = (String) env.get("payload");
    String statement = new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8);
    String forged = statement.replace("\"cgo\": false", "\"cgo\": true");
    assertThat(forged).isNotEqualTo(statement);
    return envelopeLine.replace(
        payload, Base64.getEncoder().encodeToString(forged.getBytes(StandardCharsets.UTF_8)));
  }

  private static JsoncObject buildDefinition(BuildResult r) {
    JsoncObject st = object(JsoncTree.read("statement", r.provenance(), JsoncSyntax.JSON));
    return object(object(st.get("predicate")).get("buildDefinition"));
  }

  private static String dirHash(BuildResult r) {
    JsoncObject source = object(((List<?>) buildDefinition(r).get("resolvedDependencies")).get(1));
    return (String) object(source.get("digest")).get("dirHash");
  }

  private static JsoncObject object(Object o) {
    assertThat(o).isInstanceOf(JsoncObject.class);
    return (JsoncObject) o;
  }

  static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
