package io.github.gocrossbuild.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the real {@code go env -json} with exactly the process environment a {@link ResolvedEnv}
 * says its consumer gives go, and compares Go's answer with the model's predictions.
 */
public final class GoEnvJson {
  /** go env reports these from the run itself (a temp dir, the module), not from settings. */
  public static final List<String> NOT_COMPARED = List.of("GOGCCFLAGS", "GOMOD", "GOWORK");

  private GoEnvJson() {}

  /**
   * Runs {@code go env -json} in a directory with the consumer's process environment.
   *
   * @param go the go command
   * @param dir the working directory (outside any module)
   * @param env the resolved environment whose {@link ResolvedEnv#processEnvironment()} is used
   * @return every variable go printed, sorted
   */
  public static Map<String, String> run(Path go, Path dir, ResolvedEnv env) {
    return run(go, dir, env.processEnvironment());
  }

  /**
   * Runs {@code go env -json} in a directory with a process environment.
   *
   * @param go the go command
   * @param dir the working directory
   * @param processEnv the complete environment of go
   * @return every variable go printed, sorted
   */
  public static Map<String, String> run(Path go, Path dir, Map<String, String> processEnv) {
    ProcessRunner.Result r =
        ProcessRunner.run(
            List.of(go.toString(), "env", "-json"),
            dir,
            processEnv,
            Optional.of(Duration.ofSeconds(60)),
            l -> {});
    assertThat(r.exitCode()).as(r.output()).isZero();
    Map<String, String> out = new TreeMap<>();
    JsonNode node = JsonMapper.builder().build().readTree(r.output());
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      out.put(e.getKey(), e.getValue().asString());
    }
    return out;
  }

  /**
   * Asserts that the model predicts every value go printed (but {@link #NOT_COMPARED}).
   *
   * @param env the model's environment
   * @param go what {@code go env -json} printed
   */
  public static void assertAgreement(ResolvedEnv env, Map<String, String> go) {
    Map<String, String> predicted = new TreeMap<>();
    Map<String, String> actual = new TreeMap<>();
    for (Map.Entry<String, String> e : go.entrySet()) {
      if (NOT_COMPARED.contains(e.getKey())) {
        continue;
      }
      actual.put(e.getKey(), e.getValue());
      predicted.put(e.getKey(), env.get(e.getKey()).orElse("(unset)"));
    }
    assertThat(predicted).as(env.consumer() + "\n" + env.render()).isEqualTo(actual);
  }
}
