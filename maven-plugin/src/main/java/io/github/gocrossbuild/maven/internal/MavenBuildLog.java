package io.github.gocrossbuild.maven.internal;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildListener;
import org.apache.maven.plugin.logging.Log;

/**
 * Sends the library's build events to Maven's log, so a long cold build shows its progress. Maven's
 * log is thread-safe; this holds no state, so one instance serves builds running at once.
 */
public final class MavenBuildLog implements BuildListener {
  private final Log log;

  /**
   * Logs to this log.
   *
   * @param log the mojo's log
   */
  public MavenBuildLog(Log log) {
    this.log = log;
  }

  @Override
  public void onEvent(BuildEvent event) {
    String t = event.target().toString();
    if (event instanceof BuildEvent.Started s) {
      log.info(String.format("%s: %s on %s", t, String.join(" ", s.command()), s.host()));
    } else if (event instanceof BuildEvent.CacheHit h) {
      log.info(String.format("%s: from the build cache (%s), go build not run", t, h.source()));
    } else if (event instanceof BuildEvent.OutputLine o) {
      log.info(String.format("%s: %s", t, o.line()));
    } else if (event instanceof BuildEvent.Compiled c) {
      log.info(
          String.format(
              "%s: go build exited %d after %d ms on %s",
              t, c.exitCode(), c.duration().toMillis(), c.host()));
    } else if (event instanceof BuildEvent.Warning w) {
      log.warn(String.format("%s: [%s] %s", t, w.id(), w.message()));
    } else if (event instanceof BuildEvent.Transfer x && x.bytes() == x.totalBytes()) {
      log.info(String.format("%s: %s (%d bytes)", t, x.what(), x.bytes()));
    } else if (log.isDebugEnabled()) {
      log.debug(String.format("%s: %s", t, event));
    }
  }
}
