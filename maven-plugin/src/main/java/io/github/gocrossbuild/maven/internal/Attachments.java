package io.github.gocrossbuild.maven.internal;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.Target;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Attaches proven artifacts to a Maven project: classifier {@code <os>-<arch>[-<variant>]}, type
 * {@code exe} for Windows and {@code bin} otherwise, and the in-toto envelope beside each with the
 * same classifier and type {@code intoto.jsonl}.
 */
public final class Attachments {
  /** The type (and file extension in a repository) of an attached provenance envelope. */
  public static final String ENVELOPE_TYPE = "intoto.jsonl";

  private final MavenProject project;
  private final MavenProjectHelper helper;

  /**
   * Attaches to this project.
   *
   * @param project the project
   * @param helper Maven's helper
   */
  public Attachments(MavenProject project, MavenProjectHelper helper) {
    this.project = project;
    this.helper = helper;
  }

  /**
   * Attaches every result's artifact and envelope.
   *
   * @param results the proven builds
   */
  public void attach(List<BuildResult> results) {
    for (BuildResult r : results) {
      String classifier = classifier(r.target());
      helper.attachArtifact(project, type(r.target()), classifier, r.artifact().toFile());
      r.attestation()
          .ifPresent(a -> helper.attachArtifact(project, ENVELOPE_TYPE, classifier, a.toFile()));
    }
  }

  /**
   * Returns a target's classifier.
   *
   * @param target the target
   * @return e.g. {@code linux-arm64}, {@code linux-arm-v7}
   */
  public static String classifier(Target target) {
    return target.platform().replace('/', '-');
  }

  /**
   * Returns a target's artifact type, which is also its extension in a repository.
   *
   * @param target the target
   * @return {@code exe} for Windows, {@code bin} otherwise
   */
  public static String type(Target target) {
    return target.goos() == GoOs.WINDOWS ? "exe" : "bin";
  }

  /**
   * Says what was built, proved, smoke-tested and attached, in one line.
   *
   * @param r the result
   * @return e.g. {@code linux/arm64: go build ran (812 ms on local), app-linux-arm64 proved, smoke
   *     test exit 0 after 40 ms via qemu-aarch64-static, attached as classifier linux-arm64 type
   *     bin}
   */
  public static String summary(BuildResult r) {
    return String.format(
        "%s: go build ran (%d ms on %s), %s proved%s, attached as classifier %s type %s%s",
        r.target(),
        r.duration().toMillis(),
        r.host(),
        r.artifact().getFileName(),
        r.smokeTest().map(t -> ", smoke test " + t).orElse(""),
        classifier(r.target()),
        type(r.target()),
        r.attestation().map(a -> " with " + a.getFileName()).orElse(""));
  }
}
