package io.github.gocrossbuild.maven;

import io.github.gocrossbuild.BuildFailedException;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuildException;
import io.github.gocrossbuild.MatrixBuildException;
import io.github.gocrossbuild.VerificationException;
import io.github.gocrossbuild.maven.internal.Attachments;
import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Builds every target with the library, proves each artifact and attaches it to the project with
 * the classifier {@code <os>-<arch>[-<variant>]} (and its {@code .intoto.jsonl} envelope when
 * {@code attestKey} is set), so {@code install} and {@code deploy} carry the binaries.
 *
 * <p>The build fails when {@code go build} fails or an artifact is not what was asked for; each
 * problem is logged as an {@code [ERROR]} line naming the target.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends GoMojo {

  /** Runs each artifact once with these arguments (natively or under qemu-user) after the proof. */
  @Parameter List<String> smokeTest;

  /** A PEM private key: signs an in-toto provenance envelope beside each artifact. */
  @Parameter(property = "gocrossbuild.attestKey")
  File attestKey;

  @Component MavenProjectHelper projectHelper;

  /** Made by Maven. */
  public BuildMojo() {}

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    withBuilder(
        b -> {
          if (smokeTest != null && !smokeTest.isEmpty()) {
            b.smokeTest(smokeTest.toArray(String[]::new));
          }
          Optional.ofNullable(attestKey).ifPresent(k -> b.attest(k.toPath()));
          List<BuildResult> results;
          try {
            results = b.runAll();
          } catch (MatrixBuildException e) {
            e.outcomes().forEach(o -> o.failure().ifPresent(f -> logFailure(o.target() + "", f)));
            throw new MojoFailureException(e.getMessage(), e);
          } catch (GoCrossBuildException e) {
            throw new MojoFailureException(e.getMessage(), e);
          }
          new Attachments(project, projectHelper).attach(results);
          results.forEach(r -> getLog().info(Attachments.summary(r)));
        });
  }

  private void logFailure(String target, RuntimeException f) {
    if (f instanceof VerificationException v) {
      v.problems().forEach(p -> getLog().error(String.format("%s: %s", target, p)));
    } else if (f instanceof BuildFailedException bf) {
      bf.output().lines().forEach(l -> getLog().error(String.format("%s: %s", target, l)));
    } else {
      getLog().error(String.format("%s: %s", target, f.getMessage()));
    }
  }
}
