package io.github.gocrossbuild.maven;

import io.github.gocrossbuild.GoCrossBuildException;
import io.github.gocrossbuild.env.ResolvedEnv;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Prints the environment table of the (first) configured target's build: every Go variable some
 * layer sets, its value, the layer that set it and what it hides, then the findings. Builds
 * nothing.
 */
@Mojo(name = "explain", threadSafe = true)
public class ExplainMojo extends GoMojo {

  /** Made by Maven. */
  public ExplainMojo() {}

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    withBuilder(
        b -> {
          ResolvedEnv env;
          try {
            env = b.explainEnv();
          } catch (GoCrossBuildException e) {
            throw new MojoExecutionException(e.getMessage(), e);
          }
          getLog().info(String.format("Environment of the %s build:", targets.get(0).strip()));
          env.render().lines().forEach(getLog()::info);
        });
  }
}
