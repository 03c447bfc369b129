package io.github.gocrossbuild.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link LoginShellEnv}. */
class LoginShellEnvTest {

  private static String hex(String env) {
    return HexFormat.of().formatHex(env.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldSplitWordsAsBashTraceQuotesThem() {
    assertThat(LoginShellEnv.words("export 'A=a b' B=c")).containsExactly("export", "A=a b", "B=c");
    assertThat(LoginShellEnv.words("X='it'\\''s'")).containsExactly("X=it's");
    assertThat(LoginShellEnv.words("echo ''")).containsExactly("echo", "");
  }

  @Test
  void shouldNameOnlyRealAssignments() {
    assertThat(LoginShellEnv.assigned(List.of("export", "A=1", "B=2"))).containsExactly("A", "B");
    assertThat(LoginShellEnv.assigned(List.of("declare", "-x", "C=3"))).containsExactly("C");
    assertThat(LoginShellEnv.assigned(List.of("D=4"))).containsExactly("D");
    assertThat(LoginShellEnv.assigned(List.of("E=5", "go", "build"))).isEmpty();
    assertThat(LoginShellEnv.assigned(List.of("echo", "F=6"))).isEmpty();
    assertThat(LoginShellEnv.assigned(List.of("export", "G"))).isEmpty();
  }

  @Test
  void shouldAttributeTheLastAssignmentOfEachExportedVariable() {
    String text =
        String.join(
            "\n",
            "bash: cannot set terminal process group (-1): Inappropriate ioctl for device",
            "+/etc/profile:4: PATH=/usr/bin:/bin",
            "+/etc/profile:9: export PATH",
            "++/home/u/.bashrc:12: export GOARCH=amd64",
            "++/home/u/.bashrc:13: GOOS=linux",
            "++/home/u/.bashrc:14: export GOOS",
            "++/home/u/.bashrc:15: export TMPVAR=1",
            "++/home/u/.bashrc:16: unset TMPVAR",
            "+:1: set +x",
            "@@GCB-LOGINENV "
                + hex(
                    "PATH=/usr/bin:/bin\0GOARCH=amd64\0GOOS=linux\0SSH_CONNECTION=1 2 3 4\0PS4=+x\0"));
    LoginShellEnv env = LoginShellEnv.parse(text, "/home/u", "/bin/bash");
    assertThat(env.env())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "PATH", "/usr/bin:/bin",
                "GOARCH", "amd64",
                "GOOS", "linux",
                "SSH_CONNECTION", "1 2 3 4"));
    assertThat(env.origins())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "PATH", "/etc/profile line 4 (login shell bash -il)",
                "GOARCH", "~/.bashrc line 12 (login shell bash -il)",
                "GOOS", "~/.bashrc line 13 (login shell bash -il)",
                "SSH_CONNECTION",
                    "process environment (the VS Code Server's, from sshd and bash -il)"));
  }
}
