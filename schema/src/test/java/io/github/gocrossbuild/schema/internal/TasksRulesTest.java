package io.github.gocrossbuild.schema.internal;

import static io.github.gocrossbuild.schema.Fixtures.summary;
import static io.github.gocrossbuild.schema.Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.ValidationReport;
import org.junit.jupiter.api.Test;

/** Tests for {@link TasksRules}. */
class TasksRulesTest {

  private static ValidationReport task(String... lines) {
    String[] all = new String[lines.length + 4];
    all[0] = "{";
    all[1] = "  \"version\": \"2.0.0\",";
    all[2] = "  \"tasks\": [";
    System.arraycopy(lines, 0, all, 3, lines.length);
    all[all.length - 1] = "  ]}";
    return validate(ConfigKind.VSCODE_TASKS, all);
  }

  @Test
  void shouldReportEnvAtTaskLevelAndNotInOptions() {
    ValidationReport bad =
        task(
            "    {\"label\": \"b\", \"command\": \"go build\",",
            "      \"env\": {\"GOOS\": \"linux\"}}");
    ValidationReport good =
        task(
            "    {\"label\": \"b\", \"command\": \"go build\",",
            "      \"options\": {\"env\": {\"GOOS\": \"linux\"}}}");

    assertThat(bad.toString())
        .isEqualTo(
            "tasks.json:5:7: error [tasks.env-outside-options] VS"
                + " Code ignores \"env\" at the task level; move it into \"options\": {\"env\": {...}}.");
    assertThat(good.issues()).isEmpty();
  }

  @Test
  void shouldReportDeprecatedPropertiesWithTheirReplacement() {
    ValidationReport bad =
        task("    {\"taskName\": \"b\", \"command\": \"go\", \"isShellCommand\": true}");
    ValidationReport good =
        task("    {\"label\": \"b\", \"command\": \"go\", \"type\": \"shell\"}");

    assertThat(bad.toString())
        .isEqualTo(
            "tasks.json:4:5: error [schema] Required property \"label\" is missing; add it.\n"
                + "tasks.json:4:6: warning [tasks.deprecated-property] \"taskName\" is a tasks 0.1.0"
                + " property; use \"label\".\n"
                + "tasks.json:4:40: warning [tasks.deprecated-property] \"isShellCommand\" is a tasks"
                + " 0.1.0 property; use \"type\": \"shell\".");
    assertThat(good.issues()).isEmpty();
  }

  @Test
  void shouldReportProcessTaskWithWholeCommandLine() {
    ValidationReport bad =
        task("    {\"label\": \"b\", \"type\": \"process\", \"command\": \"go build ./...\"}");
    ValidationReport path =
        task(
            "    {\"label\": \"b\", \"type\": \"process\","
                + " \"command\": \"C:\\\\Program Files\\\\Go\\\\bin\\\\go.exe\"}");
    ValidationReport good =
        task(
            "    {\"label\": \"b\", \"type\": \"process\", \"command\": \"go\","
                + " \"args\": [\"build\", \"./...\"]}");

    assertThat(summary(bad)).containsExactly("tasks.process-command-with-args@4:50");
    assertThat(bad.issues().get(0).message())
        .isEqualTo(
            "A \"process\" task runs its command"
                + " without a shell, so \"go build ./...\" is taken as one program name; put \"go\" in"
                + " \"command\" and the rest in \"args\", or use \"type\": \"shell\".");
    assertThat(path.issues()).isEmpty();
    assertThat(good.issues()).isEmpty();
  }

  @Test
  void shouldReportGroupObjectWithoutKind() {
    ValidationReport bad =
        task("    {\"label\": \"b\", \"command\": \"go\", \"group\": {\"isDefault\": true}}");
    ValidationReport good =
        task("    {\"label\": \"b\", \"command\": \"go\", \"group\": {\"kind\": \"build\"}}");

    assertThat(bad.toString())
        .isEqualTo(
            "tasks.json:4:37: error [tasks.group-without-kind] This"
                + " group object has no \"kind\", so the task is in no group; write {\"kind\": \"build\","
                + " \"isDefault\": true}.");
    assertThat(good.issues()).isEmpty();
  }

  @Test
  void shouldReportPresentationAndOptionKeysInTheWrongPlace() {
    ValidationReport bad =
        task("    {\"label\": \"b\", \"command\": \"go\", \"cwd\": \"x\", \"reveal\": \"never\"}");

    assertThat(summary(bad))
        .containsExactly("tasks.misplaced-option@4:37", "tasks.misplaced-property@4:49");
    assertThat(bad.issues().get(0).toString())
        .isEqualTo(
            "tasks.json:4:37: error [tasks.misplaced-option] VS Code ignores \"cwd\" at the task"
                + " level, so the task runs with the default working folder; move it into"
                + " \"options\": {\"cwd\": ...}.");
    assertThat(bad.issues().get(1).toString())
        .isEqualTo(
            "tasks.json:4:49: warning [tasks.misplaced-property] \"reveal\" is ignored here; it"
                + " belongs inside \"presentation\".");
  }

  @Test
  void shouldReportOldVersionAndGlobalCommandNextToTasks() {
    ValidationReport old = validate(ConfigKind.VSCODE_TASKS, "{\"version\": \"0.1.0\"}");
    ValidationReport global =
        validate(
            ConfigKind.VSCODE_TASKS,
            "{\"version\": \"2.0.0\", \"command\": \"npm\", \"tasks\": []}");
    ValidationReport good =
        validate(ConfigKind.VSCODE_TASKS, "{\"version\": \"2.0.0\", \"tasks\": []}");

    assertThat(summary(old)).containsExactly("tasks.old-version@1:13");
    assertThat(summary(global)).containsExactly("tasks.global-command-with-tasks@1:22");
    assertThat(good.issues()).isEmpty();
  }

  @Test
  void shouldReportGoarchAliasAndInvalidPairInOptionsEnv() {
    ValidationReport alias =
        task(
            "    {\"label\": \"b\", \"command\": \"go\", \"options\": {\"env\":"
                + " {\"GOOS\": \"linux\", \"GOARCH\": \"aarch64\"}}}");
    ValidationReport pair =
        task(
            "    {\"label\": \"b\", \"command\": \"go\", \"options\": {\"env\":"
                + " {\"GOOS\": \"windows\", \"GOARCH\": \"mips\"}}}");

    assertThat(alias.toString())
        .isEqualTo(
            "tasks.json:4:84: error [go.goarch-alias] GOARCH"
                + " \"aarch64\" is not a name Go knows; use \"arm64\".");
    assertThat(pair.toString())
        .isEqualTo(
            "tasks.json:4:86: error [go.invalid-target] Go 1.23"
                + " cannot build for windows/mips (it is not in go tool dist list); valid GOARCH values"
                + " for windows are 386, amd64, arm, arm64.");
  }

  @Test
  void shouldReportDelveListeningOnAllInterfacesButNotOnLoopback() {
    ValidationReport bad =
        task(
            "    {\"label\": \"dlv\", \"type\": \"shell\", \"command\": \"dlv\",",
            "     \"args\": [\"debug\", \"--headless\", \"--listen=:2345\"]}");
    ValidationReport good =
        task(
            "    {\"label\": \"dlv\", \"type\": \"shell\",",
            "     \"command\": \"dlv debug --headless --listen=127.0.0.1:2345\"}");
    ValidationReport notDelve =
        task(
            "    {\"label\": \"web\", \"type\": \"shell\",",
            "     \"command\": \"go run . --listen=:8080\"}");

    assertThat(bad.toString())
        .isEqualTo(
            "tasks.json:5:38: warning [dlv.listen-all-interfaces]"
                + " Delve would listen on \":2345\", reachable from the network, and its API lets anyone"
                + " run code as you; listen on 127.0.0.1:2345 and reach it through an SSH tunnel (ssh -L"
                + " 2345:127.0.0.1:2345).");
    assertThat(good.issues()).isEmpty();
    assertThat(notDelve.issues()).isEmpty();
  }

  @Test
  void shouldWarnAboutWorkspaceRootVariable() {
    ValidationReport bad =
        task(
            "    {\"label\": \"b\", \"command\": \"go\", \"options\": {\"cwd\":"
                + " \"${workspaceRoot}/cmd\"}}");

    assertThat(bad.toString())
        .isEqualTo(
            "tasks.json:4:56: warning [variable.workspace-root]"
                + " ${workspaceRoot} is deprecated; use ${workspaceFolder}, which also works in"
                + " multi-root workspaces.");
  }

  @Test
  void shouldAcceptTaskTypesContributedByExtensions() {
    ValidationReport report =
        task("    {\"type\": \"npm\", \"script\": \"watch\", \"path\": \"x\"}");

    assertThat(report.issues()).isEmpty();
  }

  @Test
  void shouldReportSingleQuotesInAShellTaskThatWindowsWouldSplit() {
    ValidationReport bad =
        task(
            "    {\"label\": \"b\", \"type\": \"shell\",",
            "      \"command\": \"go build -ldflags='-s -w' -o bin/app .\"}");
    ValidationReport inArgs =
        task(
            "    {\"label\": \"b\", \"type\": \"shell\", \"command\": \"go\",",
            "      \"args\": [\"build\", \"-ldflags='-s -w'\"]}");
    ValidationReport process =
        task(
            "    {\"label\": \"b\", \"type\": \"process\", \"command\": \"go\",",
            "      \"args\": [\"build\", \"-ldflags=-s -w\"]}");
    ValidationReport posixOnly =
        task(
            "    {\"label\": \"b\", \"type\": \"shell\",",
            "      \"command\": \"go build -ldflags='-s -w' .\",",
            "      \"windows\": {\"command\": \"go build -ldflags=\\\"-s -w\\\" .\"}}");

    assertThat(bad.toString())
        .isEqualTo(
            "tasks.json:5:18: warning [tasks.shell-single-quotes] -ldflags='-s -w' is quoted for a"
                + " POSIX shell: on Windows, cmd.exe passes the single quotes on and splits at the"
                + " space, and PowerShell's handling depends on its version; make it a \"process\""
                + " task with the argument as one element of \"args\" (without quotes), which every"
                + " OS passes unchanged.");
    assertThat(summary(inArgs)).containsExactly("tasks.shell-single-quotes@5:25");
    assertThat(process.issues()).isEmpty();
    assertThat(posixOnly.issues()).isEmpty();
  }
}
