package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** Tests for {@link BuildWarning}. */
class BuildWarningTest {

  @Test
  void shouldKeepEachStringConstantEqualToItsWarningId() throws IllegalAccessException {
    int constants = 0;
    for (Field f : BuildWarning.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        assertThat(f.get(null)).as(f.getName()).isEqualTo(WarningId.valueOf(f.getName()).id());
        constants++;
      }
    }
    assertThat(constants).isEqualTo(WarningId.values().length);
  }

  @Test
  void shouldCarryTheTypedIdAndItsString() {
    BuildWarning w = new BuildWarning(WarningId.PROOF_CGO_UNUSED, "cgo is unused.");

    assertThat(w.kind()).isEqualTo(WarningId.PROOF_CGO_UNUSED);
    assertThat(w.id()).isEqualTo("proof.cgo-unused");
    assertThat(w).hasToString("[proof.cgo-unused] cgo is unused.");
    assertThat(new BuildWarning("proof.cgo-unused", "cgo is unused.")).isEqualTo(w);
    assertThat(WarningId.fromId("debug.delve-too-old")).contains(WarningId.DEBUG_DELVE_TOO_OLD);
    assertThat(WarningId.fromId("debug.nope")).isEmpty();
    BuildEvent.Warning event = new BuildEvent.Warning(Target.parse("linux/arm64"), w);
    assertThat(event.kind()).isEqualTo(WarningId.PROOF_CGO_UNUSED);
    assertThat(event.id()).isEqualTo("proof.cgo-unused");
  }

  @Test
  void shouldRefuseAnUnknownIdNamingIt() {
    assertThatThrownBy(() -> new BuildWarning("proof.nope", "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"proof.nope\" is not a warning id; see WarningId");
  }
}
