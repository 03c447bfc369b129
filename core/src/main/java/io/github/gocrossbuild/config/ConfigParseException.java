package io.github.gocrossbuild.config;

import io.github.gocrossbuild.GoCrossBuildException;
import java.util.Objects;

/**
 * Thrown when a configuration file (VS Code settings.json, tasks.json, launch.json) cannot be read:
 * malformed JSONC, nesting too deep, too large, or the wrong shape; names the file, line and
 * column.
 */
public class ConfigParseException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param file the file as the user would name it, e.g. {@code .vscode/tasks.json}
   * @param line the 1-based line, or 0 when the problem concerns the whole file
   * @param column the 1-based column, or 0 when the problem concerns the whole file
   * @param problem what is wrong, without the location
   */
  public ConfigParseException(String file, int line, int column, String problem) {
    super(format(file, line, column, problem));
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  private static String format(String file, int line, int column, String problem) {
    return line > 0 ? file + ":" + line + ":" + column + ": " + problem : file + ": " + problem;
  }

  /**
   * Returns the file.
   *
   * @return the file as given to the reader
   */
  public String file() {
    return file;
  }

  /**
   * Returns the 1-based line of the problem.
   *
   * @return the line, or 0 for a whole-file problem (e.g. too large)
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the problem.
   *
   * @return the column, or 0 for a whole-file problem
   */
  public int column() {
    return column;
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return e.g. {@code expected ',' or '}' but found '"'}
   */
  public String problem() {
    return problem;
  }
}
