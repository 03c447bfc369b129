package io.github.gocrossbuild.maven;

import io.github.gocrossbuild.GoCrossBuildException;
import io.github.gocrossbuild.config.ConfigFileReport;
import io.github.gocrossbuild.config.ConfigWriteReport;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the config files for the configured targets ({@code .vscode/tasks.json}, {@code
 * launch.json}, {@code settings.json}, {@code .devcontainer/devcontainer.json}, {@code
 * .goreleaser.yaml}, {@code host.json}) with {@code ProjectConfigs.writeTo}, merging into files
 * that exist, and logs {@code CREATED}, {@code CHANGED}, {@code UNCHANGED}, {@code SKIPPED} or
 * {@code CONFLICT} per file ({@code REFUSED} for a YAML file it will not merge); fails on a
 * conflict.
 */
@Mojo(name = "configs", threadSafe = true)
public class ConfigsMojo extends GoMojo {

  /** The workspace folder the files are written into. */
  @Parameter(property = "gocrossbuild.workspaceDir", defaultValue = "${project.basedir}")
  File workspaceDir;

  /** Made by Maven. */
  public ConfigsMojo() {}

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    withBuilder(
        b -> {
          ConfigWriteReport report;
          try {
            report = b.configs().writeTo(workspaceDir.toPath());
          } catch (GoCrossBuildException e) {
            throw new MojoExecutionException(e.getMessage(), e);
          }
          for (ConfigFileReport f : report.files()) {
            switch (f.status()) {
              case CONFLICT -> f.toString().lines().forEach(getLog()::error);
              case REFUSED -> f.toString().lines().forEach(getLog()::warn);
              default -> getLog().info(f.toString());
            }
          }
          if (report.hasConflicts()) {
            throw new MojoFailureException(
                "gocrossbuild configs: some files conflict with what the targets need (listed"
                    + " above); fix them by hand or delete them and run again");
          }
        });
  }
}
