package io.github.gocrossbuild.maven;

import static io.github.gocrossbuild.maven.SampleProjects.mvn;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.maven.SampleProjects.MavenRun;
import io.github.gocrossbuild.provenance.Attestations;
import io.github.gocrossbuild.ssh.Sshd;
import io.github.gocrossbuild.testing.TestKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link BuildMojo}, run by a real Maven on the sample projects. */
class BuildMojoIT {

  @Test
  void shouldInstallBothTargetsWithTheirEnvelopesThenSayGoBuildRanAgain() {
    Path project = SampleProjects.copy("sidecar");
    TestKeys keys = TestKeys.ecdsa(project, "release");

    MavenRun install = mvn(project, "install", "-Dgocrossbuild.attestKey=" + keys.privateKey());

    assertThat(install.exitCode()).as(install.output()).isZero();
    Path installed = SampleProjects.IT_REPO.resolve("com/example/sidecar-app/1.0.0");
    for (GoArch arch : new GoArch[] {GoArch.ARM64, GoArch.AMD64}) {
      Path bin = installed.resolve("sidecar-app-1.0.0-linux-" + arch.goName() + ".bin");
      Path envelope =
          installed.resolve("sidecar-app-1.0.0-linux-" + arch.goName() + ".intoto.jsonl");
      GoBinary binary = GoBinary.read(bin);
      assertThat(binary.goos()).contains(GoOs.LINUX);
      assertThat(binary.goarch()).contains(arch);
      assertThat(Attestations.verify(bin, envelope, keys.publicKey()).subjectName())
          .isEqualTo("hello-service-linux-" + arch.goName());
      assertThat(install.lines())
          .anyMatch(
              l ->
                  l.matches(
                      "\\[INFO] linux/"
                          + arch.goName()
                          + ": go build ran \\(\\d+ ms on local\\), .* attached as classifier linux-"
                          + arch.goName()
                          + " type bin with hello-service-linux-"
                          + arch.goName()
                          + ".intoto.jsonl"));
    }

    MavenRun again = mvn(project, "package");

    assertThat(again.exitCode()).as(again.output()).isZero();
    assertThat(again.lines())
        .filteredOn(l -> l.contains(": go build ran ("))
        .hasSize(2)
        .allMatch(l -> l.contains("attached as classifier linux-"));
  }

  @Test
  void shouldFailWithGoLinkersMessageOnWrongLdflags() throws IOException {
    Path project = SampleProjects.copy("sidecar");
    Path pom = project.resolve("pom.xml");
    Files.writeString(
        pom,
        Files.readString(pom).replace("-X main.version=${project.version}", "-X main.version"));

    MavenRun run = mvn(project, "package");

    assertThat(run.exitCode()).isOne();
    assertThat(run.lines())
        .contains(
            "[ERROR] linux/arm64: "
                + Path.of("/usr/lib/go-1.23/pkg/tool/linux_amd64/link")
                + ": -X flag requires argument of the form importpath.name=value")
        .anyMatch(
            l ->
                l.startsWith(
                    "[ERROR] Failed to execute goal io.github.gocrossbuild:gocrossbuild-maven-plugin:"
                        + SampleProjects.VERSION
                        + ":build (default) on project sidecar-app: "));
    assertThat(project.resolve("target/gocrossbuild/hello-service-linux-arm64")).doesNotExist();
  }

  @Test
  void shouldBuildTwoModulesOnTwoThreads() {
    Path project = SampleProjects.copy("multi");

    MavenRun run = mvn(project, "-T", "2", "package");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output())
        .contains("with a thread count of 2")
        .doesNotContain("not marked as thread-safe");
    for (String module : new String[] {"a", "b"}) {
      for (String arch : new String[] {"arm64", "amd64"}) {
        Path bin = project.resolve(module + "/target/gocrossbuild/hello-service-linux-" + arch);
        assertThat(GoBinary.read(bin).goarch()).contains(GoArch.valueOf(arch.toUpperCase()));
      }
    }
  }

  @Test
  void shouldSkipEveryGoalWithTheSkipProperty() {
    Path project = SampleProjects.copy("sidecar");

    MavenRun run = mvn(project, "package", "-Dgocrossbuild.skip");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.lines())
        .filteredOn(l -> l.equals("[INFO] gocrossbuild.skip is set: skipped"))
        .hasSize(2);
    assertThat(project.resolve("target/gocrossbuild")).doesNotExist();
  }

  @Test
  void shouldRefuseToDownloadAToolchainWhenOffline() {
    Path project = SampleProjects.copy("sidecar");
    Path cache = project.resolve("toolchains");

    MavenRun run =
        mvn(
            project,
            "-o",
            "gocrossbuild:build",
            "-Dgocrossbuild.goVersion=1.22.12",
            "-Dgocrossbuild.goCacheDir=" + cache);

    assertThat(run.exitCode()).isOne();
    assertThat(run.output())
        .contains(
            "gocrossbuild: goVersion 1.22.12 is not in the toolchain cache "
                + cache
                + " and Maven is offline (-o); run once without -o to download it, or remove"
                + " <goVersion> to build with the Go on this machine");
    assertThat(cache).doesNotExist();
  }

  @Test
  void shouldBuildOfflineWithGoProxyOff() {
    Path project = SampleProjects.copy("sidecar");

    MavenRun run = mvn(project, "-o", "gocrossbuild:build");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.lines())
        .contains("[INFO] Maven is offline: go build runs with GOPROXY=off")
        .anyMatch(l -> l.startsWith("[INFO] linux/arm64: go build ran ("));
  }

  @Test
  void shouldBuildOnTheHostItsSshConfigAliasNames(@TempDir Path dir) throws IOException {
    Path project = SampleProjects.copy("sidecar");
    try (Sshd sshd = Sshd.start(dir)) {
      Path config =
          Files.writeString(
              dir.resolve("ssh_config"),
              String.join(
                  "\n",
                  "Host builder",
                  "    HostName 127.0.0.1",
                  "    Port " + sshd.port(),
                  "    User " + System.getProperty("user.name"),
                  "    IdentityFile " + sshd.userKey(),
                  "    UserKnownHostsFile " + sshd.knownHosts(),
                  ""));

      MavenRun run =
          mvn(
              project,
              "package",
              "-Dgocrossbuild.host=builder",
              "-Dgocrossbuild.sshConfig=" + config);

      assertThat(run.exitCode()).as(run.output()).isZero();
      assertThat(run.lines())
          .filteredOn(l -> l.contains(": go build ran ("))
          .hasSize(2)
          .allMatch(
              l ->
                  l.contains(
                      String.format(
                          " ms on %s@127.0.0.1:%d)", System.getProperty("user.name"), sshd.port())),
              "built over SSH");
      assertThat(
              GoBinary.read(project.resolve("target/gocrossbuild/hello-service-linux-arm64"))
                  .goarch())
          .contains(GoArch.ARM64);
    }
  }
}
