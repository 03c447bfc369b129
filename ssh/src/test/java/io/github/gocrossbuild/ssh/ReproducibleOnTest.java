package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.ReproducibilityException;
import io.github.gocrossbuild.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
