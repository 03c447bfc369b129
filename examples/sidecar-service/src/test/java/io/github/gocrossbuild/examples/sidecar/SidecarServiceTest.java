package io.github.gocrossbuild.examples.sidecar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.Target;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link SidecarService}; the sidecars themselves are proved by the plugin. */
class SidecarServiceTest {
  @TempDir Path tmp;

  @Test
  void shouldNameTheTargetToAddWhenNoSidecarWasBuiltForThisMachine() {
    String here = Target.current().orElseThrow().toString();

    assertThatThrownBy(() -> SidecarService.sidecar(tmp))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "no sidecar for %s in %s: add <target>%s</target> to the plugin's <targets>",
            here, tmp, here);
  }
}
