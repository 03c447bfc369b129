package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.config.ProjectConfigs;
import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link ProjectConfigs} of a builder that builds on a real sshd: remote attach configurations. */
class SshProjectConfigsTest {
  @RegisterExtension static final ConnectedSshd server = new ConnectedSshd();

  private static ProjectConfigs configs(Path module) {
    return GoCrossBuild.target("linux/arm64")
        .noCgo()
        .moduleDir(module)
        .goCommand(Sshd.GO)
        .on(server.host())
        .configs();
  }

  @Test
  void shouldAddARemoteAttachConfigurationPerTargetLikeDebugSessions(@TempDir Path tmp) {
    Path module = TestModules.copyHello(tmp);

    String launch = configs(module).launchJson();

    JsoncObject root = (JsoncObject) JsoncTree.read("launch", launch, JsoncSyntax.VSCODE);
    List<?> configs = (List<?>) root.get("configurations");
    assertThat(configs).hasSize(2);
    JsoncObject attach = (JsoncObject) configs.get(1);
    assertThat(attach.get("name"))
        .isEqualTo(
            "Attach to sshhello-debug-linux-arm64 (linux/arm64 on " + server.host().name() + ")");
    assertThat(attach.get("mode")).isEqualTo("remote");
    assertThat(attach.get("request")).isEqualTo("attach");
    assertThat(attach.get("port").toString()).isEqualTo("2345");
    JsoncObject map = (JsoncObject) ((List<?>) attach.get("substitutePath")).get(0);
    assertThat(map.get("from")).isEqualTo(module.toAbsolutePath().normalize().toString());
    assertThat(map.get("to")).isEqualTo("example.com/sshhello");
  }

  @Test
  void shouldRunTheDevContainerOnTheSshHostNotUnderATargetsEmulation(@TempDir Path tmp) {
    Path module = TestModules.copyHello(tmp);

    String devcontainer = configs(module).devcontainerJson();

    // The SSH host here has this machine's architecture: nothing to pin, and never the target's.
    assertThat(server.host().platform()).isEqualTo(Target.current());
    assertThat(devcontainer).doesNotContain("runArgs").doesNotContain("--platform");
  }
}
