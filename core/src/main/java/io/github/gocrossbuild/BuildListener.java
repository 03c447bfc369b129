package io.github.gocrossbuild;

/**
 * Receives {@link BuildEvent}s while builds run.
 *
 * <p>Listeners are called from the threads that run builds, several at once during a matrix: they
 * must be thread-safe and fast (hand slow work to another thread). An exception thrown by a
 * listener is not propagated to the build.
 *
 * <pre>{@code
 * GoCrossBuild.target("linux/arm64")
 *     .listener(event -> { if (event instanceof BuildEvent.OutputLine line) log(line.line()); })
 *     .run();
 * }</pre>
 */
@FunctionalInterface
public interface BuildListener {

  /** A listener that ignores every event. */
  BuildListener NONE = event -> {};

  /**
   * Receives one event.
   *
   * @param event the event
   */
  void onEvent(BuildEvent event);
}
