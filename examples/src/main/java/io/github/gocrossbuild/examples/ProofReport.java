package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.SmokeTestResult;

/** Formats what a build proved, for the examples' console output. */
public final class ProofReport {

  private ProofReport() {}

  /**
   * Formats one result.
   *
   * @param result the build result
   * @return a multi-line report
   */
  public static String of(BuildResult result) {
    StringBuilder sb = new StringBuilder();
    line(sb, "artifact", result.artifact().toString());
    line(sb, "target", result.target().platform());
    line(
        sb,
        "toolchain",
        result.toolchain().goVersion() + " (" + result.toolchain().foundBy() + ")");
    line(sb, "command", String.join(" ", result.command()));
    line(sb, "cgo", result.cgo().toString());
    line(sb, "GOARCH", result.environment().explain("GOARCH").reason());
    sb.append("proof:\n");
    for (String l : result.binary().describe().split("\n")) {
      sb.append("  ").append(l).append('\n');
    }
    result.smokeTest().ifPresent(s -> line(sb, "smoke run", smoke(s)));
    result.warnings().forEach(w -> line(sb, "warning", w.toString()));
    line(sb, "took", result.duration().toMillis() + " ms");
    return sb.toString();
  }

  private static String smoke(SmokeTestResult s) {
    if (!s.ran()) {
      return "skipped: " + s.skipReason().orElse("");
    }
    return "exit " + s.exitCode().orElse(-1) + " via " + s.runner() + ": " + s.output().strip();
  }

  private static void line(StringBuilder sb, String key, String value) {
    sb.append(String.format("%-10s %s%n", key, value));
  }
}
