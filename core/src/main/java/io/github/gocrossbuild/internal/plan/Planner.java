package io.github.gocrossbuild.internal.plan;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.GoDownloads;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.ArchTriples;
import io.github.gocrossbuild.internal.BuildSite;
import io.github.gocrossbuild.internal.LdFlags;
import io.github.gocrossbuild.internal.cgo.CgoSetup;
import io.github.gocrossbuild.internal.cgo.StaticLink;
import io.github.gocrossbuild.internal.proof.Expectation;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.Toolchain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes the {@link TargetPlan} of each target of a spec on a host: finds the toolchain, checks that
 * it builds the target, decides cgo (finding the C compiler, and test-compiling with it for a
 * build), resolves the environment, and works out flags, output path and what the proof will check.
 */
public final class Planner {

  /** What the plan is for. */
  public enum Use {
    /**
     * A build: the module and output directories are checked and the C compiler is test-compiled,
     * so a missing one fails before {@code go build}.
     */
    BUILD,
    /** Explaining or generating config files: nothing is checked or run beyond discovery. */
    DESCRIBE
  }

  private final BuildSpec spec;

  /**
   * Creates a planner for a spec.
   *
   * @param spec what to build
   */
  public Planner(BuildSpec spec) {
    this.spec = spec;
  }

  /**
   * Returns the spec this planner plans.
   *
   * @return the spec
   */
  public BuildSpec spec() {
    return spec;
  }

  /**
   * Plans one target's build on a host.
   *
   * @param target the target
   * @param host the host that will build it
   * @param use what the plan is for
   * @return the plan
   * @throws IllegalArgumentException for a build whose module or output directory is unusable
   */
  public TargetPlan plan(Target target, BuildHost host, Use use) {
    if (use == Use.BUILD) {
      checkDirectories();
    }
    Toolchain toolchain = toolchain(host);
    BuildSite site =
        new BuildSite(host, toolchain, host.environment(toolchain), host.targetTable(toolchain));
    // The toolchain that builds decides which targets exist, before any C compiler is looked for.
    Optional<BuildWarning> targetWarning = TargetSupport.check(target, site);
    CgoDecision cgo = CgoSetup.decide(spec, target, site, use == Use.BUILD);
    HostEnvironment hostEnv = site.environment();
    List<String> flags = flags(cgo);
    return new TargetPlan(
        spec,
        target,
        host,
        toolchain,
        hostEnv,
        cgo,
        ResolvedEnvMemo.resolve(spec, target, toolchain, hostEnv, cgo, flags),
        moduleDir(),
        artifactPath(target),
        flags,
        expectation(target, cgo),
        targetWarning.stream().toList());
  }

  private Toolchain toolchain(BuildHost host) {
    if (spec.goVersion().isPresent() && spec.goCommand().isEmpty()) {
      GoDownloads downloads = spec.goDownloads().orElseGet(GoDownloads::official);
      return host.toolchain(spec.goVersion().get(), downloads, spec.env());
    }
    return host.toolchain(spec.goCommand().map(Path::toString), spec.env());
  }

  /**
   * Returns the absolute module directory.
   *
   * @return the directory {@code go build} runs in
   */
  public Path moduleDir() {
    return spec.moduleDir().toAbsolutePath().normalize();
  }

  /**
   * Returns the artifact's base name: {@code binaryName(...)}, else the package's or module's name.
   *
   * @return e.g. {@code hello-service}
   */
  public String baseName() {
    return spec.binaryName().orElseGet(() -> OutputNaming.baseName(moduleDir(), spec.pkg()));
  }

  /**
   * Returns the final artifact path of a target.
   *
   * @param target the target
   * @return the path the artifact is moved to
   */
  public Path artifactPath(Target target) {
    return outputDir().resolve(OutputNaming.fileName(baseName(), target));
  }

  /**
   * Returns the absolute output directory.
   *
   * @return {@code outputDir(...)}, else {@code <moduleDir>/bin}
   */
  public Path outputDir() {
    return spec.outputDir()
        .map(p -> p.toAbsolutePath().normalize())
        .orElseGet(() -> moduleDir().resolve("bin"));
  }

  private List<String> flags(CgoDecision cgo) {
    List<String> flags = new ArrayList<>();
    if (spec.trimpath()) {
      flags.add("-trimpath");
    }
    spec.buildvcs().ifPresent(on -> flags.add("-buildvcs=" + on));
    LdFlags.join(spec.strip(), StaticLink.ldflags(spec)).ifPresent(v -> flags.add("-ldflags=" + v));
    if (!spec.gcflags().isEmpty()) {
      flags.add("-gcflags=" + String.join(" ", spec.gcflags()));
    }
    List<String> tags = StaticLink.tags(spec, cgo);
    if (!tags.isEmpty()) {
      flags.add("-tags=" + String.join(",", tags));
    }
    return List.copyOf(flags);
  }

  private Expectation expectation(Target target, CgoDecision cgo) {
    return Expectation.builder()
        .target(target)
        .cgoEnabled(cgo.enabled())
        .trimpath(spec.trimpath())
        .buildvcs(spec.buildvcs())
        .stripped(spec.strip())
        .staticLink(spec.staticLink())
        .interpreter(
            cgo.compiler().isPresent()
                ? ArchTriples.loader(target, CgoSetup.musl(cgo))
                : Optional.empty())
        .glibcAtMost(spec.glibcAtMost())
        .build();
  }

  private void checkDirectories() {
    Path module = moduleDir();
    if (!Files.isDirectory(module)) {
      throw new IllegalArgumentException("moduleDir: " + module + " is not a directory");
    }
    Path out = outputDir();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException("outputDir: " + out + " exists and is not a directory");
    }
  }
}
