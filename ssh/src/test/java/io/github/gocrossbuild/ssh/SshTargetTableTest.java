package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.TargetNotSupportedException;
import io.github.gocrossbuild.spi.TargetTable;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.testing.GoInstalls;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link SshBuildHost#targetTable}: the toolchain on the host decides the targets, asked
 * over SSH once per connection, as the local host asks a local toolchain.
 */
class SshTargetTableTest {
  @RegisterExtension static final ConnectedSshd server = new ConnectedSshd();

  @Test
  void shouldAskTheHostsToolchainForItsTargetTableOnce() {
    Path go = GoInstalls.go("1.24");
    Toolchain remote = server.host().toolchain(Optional.of(go.toString()), Map.of());
    Toolchain local = BuildHosts.local().toolchain(Optional.of(go.toString()), Map.of());

    TargetTable table = server.host().targetTable(remote).orElseThrow();

    assertThat(table.goVersion()).isEqualTo(remote.goVersion());
    assertThat(table.ports())
        .isEqualTo(BuildHosts.local().targetTable(local).orElseThrow().ports());
    assertThat(table.port(GoOs.WINDOWS, GoArch.ARM).map(TargetTable.Port::broken)).contains(true);
    assertThat(server.host().targetTable(remote)).containsSame(table);
  }

  @Test
  void shouldRefuseAVariantTheHostsToolchainPredatesBeforeSyncing(@TempDir Path tmp) {
    Path go = GoInstalls.go("1.22");

    assertThatThrownBy(
            () ->
                GoCrossBuild.target("linux/arm64/v8.2")
                    .noCgo()
                    .moduleDir(TestModules.copyHello(tmp))
                    .goCommand(go)
                    .on(server.host())
                    .run())
        .isInstanceOfSatisfying(
            TargetNotSupportedException.class, e -> assertThat(e.introducedIn()).contains("go1.23"))
        .hasMessageContaining(" on " + server.host().name() + ") ignores GOARM64");
    assertThat(server.host().lastSync()).isEmpty();
  }
}
