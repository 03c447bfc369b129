package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.spi.FileView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Go extension's {@code getInferredGopath} for a workspace folder, go.mod rule applied: the
 * part before its last {@code src} folder, else the folder itself when it holds {@code src/};
 * nothing when that folder holds a go.mod. Read on the machine where the workspace lives.
 */
final class InferredGopath {
  private InferredGopath() {}

  /**
   * Infers GOPATH.
   *
   * @param ctx the workspace: its folder, separator and files
   * @return the inferred GOPATH, or empty when the folder gives none
   */
  static Optional<String> of(VsCodeVariables.Context ctx) {
    String folder = ctx.workspaceFolder;
    List<String> dirs =
        List.of(folder.toLowerCase(Locale.ROOT).split(Pattern.quote(ctx.separator), -1));
    int src = dirs.lastIndexOf("src");
    String inferred = null;
    if (src > 0) {
      inferred = folder.substring(0, String.join(ctx.separator, dirs.subList(0, src)).length());
    } else if (ctx.files.kind(folder + ctx.separator + "src") == FileView.Kind.DIRECTORY) {
      inferred = folder;
    }
    if (inferred == null
        || inferred.isEmpty()
        || ctx.files.kind(inferred + ctx.separator + "go.mod") != FileView.Kind.MISSING) {
      return Optional.empty();
    }
    return Optional.of(inferred);
  }
}
