package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.schema.ConfigIssue;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** Tests for {@link CommonRules}. */
class CommonRulesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final IssueSink sink = new IssueSink("tasks.json", new SourceMap());

  @Test
  void shouldWarnAboutWorkspaceRootOnlyWhereItIsUsed() {
    CommonRules.workspaceRoot(
        NODES.objectNode().put("cwd", "${workspaceRoot}/cmd").put("out", "${workspaceFolder}/bin"),
        "/options",
        sink);

    assertThat(sink.issues())
        .extracting(ConfigIssue::pointer, ConfigIssue::message)
        .containsExactly(
            Tuple.tuple(
                "/options/cwd",
                "${workspaceRoot} is deprecated; use"
                    + " ${workspaceFolder}, which also works in multi-root workspaces."));
  }

  @Test
  void shouldReportDelveListeningOnAllInterfacesInBothArgumentForms() {
    CommonRules.delveListen(
        List.of(part("dlv", "/args/0"), part("--listen=:2345", "/args/1")), false, sink);
    CommonRules.delveListen(
        List.of(part("dlv", "/x/0"), part("--listen", "/x/1"), part("0.0.0.0:4000", "/x/2")),
        false,
        sink);

    assertThat(sink.issues())
        .extracting(ConfigIssue::ruleId, ConfigIssue::pointer, ConfigIssue::message)
        .containsExactly(
            Tuple.tuple(
                "dlv.listen-all-interfaces",
                "/args/1",
                "Delve would listen on \":2345\","
                    + " reachable from the network, and its API lets anyone run code as you; listen on"
                    + " 127.0.0.1:2345 and reach it through an SSH tunnel (ssh -L 2345:127.0.0.1:2345)."),
            Tuple.tuple(
                "dlv.listen-all-interfaces",
                "/x/2",
                "Delve would listen on \"0.0.0.0:4000\","
                    + " reachable from the network, and its API lets anyone run code as you; listen on"
                    + " 127.0.0.1:4000 and reach it through an SSH tunnel (ssh -L 4000:127.0.0.1:4000)."));
  }

  @Test
  void shouldNotReportLoopbackListenersOrCommandsThatAreNotDelve() {
    CommonRules.delveListen(
        List.of(part("dlv", "/a/0"), part("--listen=127.0.0.1:2345", "/a/1")), false, sink);
    CommonRules.delveListen(
        List.of(part("go", "/b/0"), part("--listen=:2345", "/b/1")), false, sink);
    CommonRules.delveListen(List.<String[]>of(part("--listen=${input:addr}", "/c/0")), true, sink);

    assertThat(sink.issues()).isEmpty();
  }

  @Test
  void shouldReportAListenFlagWhenTheCommandIsKnownToBeDelve() {
    CommonRules.delveListen(List.<String[]>of(part("--listen=:2345", "/dlvFlags/0")), true, sink);

    assertThat(sink.issues()).extracting(ConfigIssue::pointer).containsExactly("/dlvFlags/0");
  }

  @Test
  void shouldCollectCommandStringsWithTheirPointers() {
    List<String[]> parts = new ArrayList<>();
    CommonRules.commandParts(
        NODES.arrayNode().add("dlv").add(NODES.objectNode().put("value", "debug")), "/args", parts);

    assertThat(parts).containsExactly(part("dlv", "/args/0"), part("debug", "/args/1/value"));
  }

  private static String[] part(String text, String pointer) {
    return new String[] {text, pointer};
  }
}
