package io.github.gocrossbuild.maven;

import io.github.gocrossbuild.maven.internal.ConfigFiles;
import io.github.gocrossbuild.schema.ConfigFileException;
import io.github.gocrossbuild.schema.ConfigIssue;
import io.github.gocrossbuild.schema.ConfigValidator;
import io.github.gocrossbuild.schema.ValidationReport;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the project's config files (VS Code settings, tasks and launch files,
 * devcontainer.json, host.json, .goreleaser.yaml) with the schema module and logs one {@code
 * file:line:column: severity [rule] message} line per issue; fails on errors, and on warnings too
 * when {@code failOnWarning} is set.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

  /** The files to validate; when unset, every known config file under {@code baseDir}. */
  @Parameter List<File> configFiles;

  /** Where to look for config files when {@code configFiles} is unset. */
  @Parameter(defaultValue = "${project.basedir}", required = true)
  File baseDir;

  /** Fails on warnings as well as errors. */
  @Parameter(property = "gocrossbuild.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** Skips the goal. */
  @Parameter(property = "gocrossbuild.skip", defaultValue = "false")
  boolean skip;

  /** Made by Maven. */
  public ValidateMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("gocrossbuild.skip is set: skipped");
      return;
    }
    List<Path> files =
        configFiles == null || configFiles.isEmpty()
            ? ConfigFiles.under(baseDir.toPath())
            : configFiles.stream().map(File::toPath).toList();
    ConfigValidator validator = ConfigValidator.standard();
    int errors = 0;
    int warnings = 0;
    for (Path f : files) {
      ValidationReport report;
      try {
        report = validator.validate(f);
      } catch (ConfigFileException e) {
        throw new MojoExecutionException(e.getMessage(), e);
      }
      for (ConfigIssue issue : report.issues()) {
        if (issue.isError()) {
          errors++;
          getLog().error(issue.toString());
        } else {
          warnings++;
          getLog().warn(issue.toString());
        }
      }
    }
    String summary =
        String.format(
            "%d config file(s) validated: %d error(s), %d warning(s)",
            files.size(), errors, warnings);
    if (errors > 0 || (failOnWarning && warnings > 0)) {
      throw new MojoFailureException(summary + "; the lines above name each file:line:column");
    }
    getLog().info(summary);
  }
}
