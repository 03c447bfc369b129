package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ToolchainFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests for {@link GoDefaults}. */
class GoDefaultsTest {
  private static final ToolchainFacts FACTS =
      ToolchainFacts.builder()
          .hostTarget(Target.parse("linux/amd64"))
          .goRoot("/usr/lib/go")
          .goVersion("go1.23.5")
          .putVariantDefaults("GO386", "softfloat")
          .build();

  private static Map<String, EnvBinding> defaults(
      Map<String, String> process, Map<String, String> resolved, boolean gccOnPath) {
    List<EnvBinding> out =
        GoDefaults.compute(
            FACTS,
            process,
            n -> Optional.ofNullable(resolved.get(n)),
            (cmd, env) -> gccOnPath,
            Optional.empty());
    Map<String, EnvBinding> byName = new HashMap<>();
    out.forEach(b -> assertThat(byName.put(b.name(), b)).as(b.name()).isNull());
    return byName;
  }

  private static String value(Map<String, EnvBinding> d, String name) {
    return d.get(name).value();
  }

  @Test
  void shouldDeriveOneDefaultPerDocumentedVariable() {
    Map<String, EnvBinding> d = defaults(Map.of("HOME", "/h"), Map.of(), true);
    assertThat(d.keySet()).containsAll(GoVariables.DOCUMENTED);
    assertThat(d.values()).allSatisfy(b -> assertThat(b.layer()).isEqualTo(EnvLayer.GO_DEFAULT));
    assertThat(value(d, "GOPATH")).isEqualTo("/h/go");
    assertThat(value(d, "GOMODCACHE")).isEqualTo("/h/go/pkg/mod");
    assertThat(value(d, "GOCACHE")).isEqualTo("/h/.cache/go-build");
    assertThat(value(d, "GOENV")).isEqualTo("/h/.config/go/env");
    assertThat(value(d, "GOTOOLDIR")).isEqualTo("/usr/lib/go/pkg/tool/linux_amd64");
    assertThat(value(d, "GO386")).isEqualTo("softfloat");
    assertThat(value(d, "GOAMD64")).isEqualTo("v1");
    assertThat(value(d, "CC")).isEqualTo("gcc");
    assertThat(value(d, "CGO_ENABLED")).isEqualTo("1");
    assertThat(d.get("CGO_ENABLED").origin())
        .isEqualTo("Go's cgo rule: native build and gcc is on PATH");
  }

  @Test
  void shouldTakeEveryVariantDefaultFromGoArchUnlessTheToolchainSaysOtherwise() {
    Map<String, EnvBinding> d = defaults(Map.of("HOME", "/h"), Map.of(), true);
    for (GoArch arch : GoArch.values()) {
      arch.variantVariable()
          .filter(v -> !v.equals("GO386"))
          .ifPresent(
              v -> assertThat(value(d, v)).as(v).isEqualTo(arch.variantDefault().orElseThrow()));
    }
    assertThat(value(d, "GOARM")).isEqualTo("7,hardfloat");
    assertThat(value(d, "GOWASM")).isEmpty();
  }

  @Test
  void shouldFollowResolvedValuesOfOtherVariables() {
    Map<String, EnvBinding> d =
        defaults(
            Map.of("HOME", "/h"),
            Map.of(
                "GOOS",
                "darwin",
                "GOARCH",
                "arm64",
                "GOPATH",
                "/p1:/p2",
                "GOPRIVATE",
                "example.test"),
            true);
    assertThat(value(d, "GOMODCACHE")).isEqualTo("/p1/pkg/mod");
    assertThat(value(d, "GONOPROXY")).isEqualTo("example.test");
    assertThat(value(d, "GONOSUMDB")).isEqualTo("example.test");
    assertThat(value(d, "CC")).isEqualTo("clang");
    assertThat(value(d, "CGO_ENABLED")).isEqualTo("0");
    assertThat(d.get("CGO_ENABLED").origin())
        .isEqualTo("Go's cgo rule: off when cross-compiling (linux/amd64 to darwin/arm64)");
  }

  @Test
  void shouldTurnCgoOffWithoutACompilerAndFallBackWithoutHome() {
    Map<String, EnvBinding> d = defaults(Map.of(), Map.of(), false);
    assertThat(value(d, "CGO_ENABLED")).isEqualTo("0");
    assertThat(value(d, "GOPATH")).isEmpty();
    assertThat(value(d, "GOCACHE")).isEqualTo("off");
    assertThat(value(d, "GOENV")).isEmpty();
    assertThat(value(defaults(Map.of("CC", "cc"), Map.of(), false), "CGO_ENABLED")).isEqualTo("1");
  }

  @Test
  void shouldNotDefaultGopathToGoroot() {
    ToolchainFacts facts = ToolchainFacts.builder().from(FACTS).goRoot("/h/go").build();
    List<EnvBinding> out =
        GoDefaults.compute(
            facts, Map.of("HOME", "/h"), n -> Optional.empty(), (c, e) -> true, Optional.empty());
    assertThat(out)
        .filteredOn(b -> b.name().equals("GOPATH"))
        .extracting(EnvBinding::value)
        .containsExactly("");
  }
}
