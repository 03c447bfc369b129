package io.github.gocrossbuild.internal.build;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildListener;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.GoVersion;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.internal.cache.ActionStores;
import io.github.gocrossbuild.internal.cache.CacheUse;
import io.github.gocrossbuild.internal.cacheprog.ActionCache;
import io.github.gocrossbuild.internal.cacheprog.LocalBridge;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import io.github.gocrossbuild.internal.toolchain.install.CacheDirs;
import io.github.gocrossbuild.spi.HostBuildRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code go build}'s share of Go's action cache: with a build cache and Go 1.24 or newer, a
 * server of the cache's action store runs while the build runs; a build on this machine gets {@code
 * GOCACHEPROG} pointing at a bridge built here, a host elsewhere gets the server in {@link
 * HostBuildRequest#cacheProgram()}. An older Go, or a bridge that cannot be built, keeps the host's
 * own {@code GOCACHE} with a {@code cache.no-gocacheprog} warning. A {@code GOCACHEPROG} the user
 * set is left alone.
 */
final class SharedActions implements AutoCloseable {
  private static final GoVersion FIRST = GoVersion.parse("go1.24");

  private final Optional<ActionCache> actions;
  private final HostBuildRequest request;

  private SharedActions(Optional<ActionCache> actions, HostBuildRequest request) {
    this.actions = actions;
    this.request = request;
  }

  /**
   * Starts the server when the build can use it.
   *
   * @param use the build cache, if any
   * @param warmSet the key of the actions builds of this kind use, if the build has a cache key
   * @param plan the plan
   * @param request the request as planned
   * @param events who hears a warning
   * @return the running share, to close when the build ends; {@link #request()} is the request to
   *     run
   */
  static SharedActions open(
      Optional<CacheUse> use,
      Optional<String> warmSet,
      TargetPlan plan,
      HostBuildRequest request,
      BuildListener events) {
    if (use.isEmpty() || !request.environment().getOrDefault("GOCACHEPROG", "").isEmpty()) {
      return new SharedActions(Optional.empty(), request);
    }
    if (!use.get().cache().trustedKeyFiles().isEmpty()) {
      // Go's action outputs carry no signature: taking them would let whoever can write the cache
      // change what the build links, past the keys the cache was told to trust.
      warn(
          events,
          plan,
          "Go's action cache is not shared: the build cache has trustedKeys, and Go's action"
              + " outputs are not signed; the build uses the host's own GOCACHE");
      return new SharedActions(Optional.empty(), request);
    }
    String version = plan.toolchain().goVersion();
    if (GoVersion.tryParse(version).filter(v -> v.compareTo(FIRST) >= 0).isEmpty()) {
      warn(
          events,
          plan,
          String.format(
              "Go's action cache is not shared: %s on %s has no GOCACHEPROG (Go 1.24 or newer is"
                  + " needed); the build uses the host's own GOCACHE",
              version, plan.host().name()));
      return new SharedActions(Optional.empty(), request);
    }
    Path own = ownCache(request.environment());
    ActionCache a;
    try {
      a =
          ActionCache.open(
              use.get().cache(),
              ActionStores.open(use.get(), own),
              ActionStores.warmRoot(use.get(), own),
              warmSet);
    } catch (IOException e) {
      warn(events, plan, "Go's action cache is not shared: " + e.getMessage());
      return new SharedActions(Optional.empty(), request);
    }
    try {
      return new SharedActions(Optional.of(a), given(a, use.get(), plan, request, events, own));
    } catch (RuntimeException e) {
      a.close();
      throw e;
    }
  }

  /**
   * Returns the request to run.
   *
   * @return the request, with the action cache when it is shared
   */
  HostBuildRequest request() {
    return request;
  }

  /**
   * Gives the request the action cache: variables for this machine, the server for another host.
   */
  private static HostBuildRequest given(
      ActionCache a,
      CacheUse use,
      TargetPlan plan,
      HostBuildRequest request,
      BuildListener events,
      Path own) {
    if (!use.onThisMachine().test(plan.host())) {
      return HostBuildRequest.builder().from(request).cacheProgram(a.program()).build();
    }
    Path bridge;
    try {
      Path bridges = own.resolve("cacheprog");
      bridge =
          LocalBridge.program(a.program(), request.toolchain(), request.environment(), bridges);
    } catch (LocalBridge.NotBuiltException e) {
      warn(events, plan, "Go's action cache is not shared: " + e.getMessage());
      return request;
    }
    Map<String, String> env = new HashMap<>(request.environment());
    env.putAll(
        a.program()
            .environment(bridge.toString(), "127.0.0.1:" + a.program().port(), Optional.empty()));
    return HostBuildRequest.builder().from(request).environment(env).build();
  }

  /** This machine's cache directory for GoCrossBuild, where bridges and local copies are kept. */
  private static Path ownCache(Map<String, String> environment) {
    return Path.of(
        CacheDirs.defaultFor(
            GoOs.current().orElse(GoOs.LINUX), environment, System.getProperty("user.home")));
  }

  /**
   * Stops the server; a store that stopped sharing during the build says why in a warning.
   *
   * @param events who hears the warning
   * @param plan the plan
   */
  void close(BuildListener events, TargetPlan plan) {
    close();
    actions
        .flatMap(ActionCache::problem)
        .ifPresent(p -> warn(events, plan, "Go's action cache stopped sharing: " + p));
  }

  @Override
  public void close() {
    actions.ifPresent(ActionCache::close);
  }

  private static void warn(BuildListener events, TargetPlan plan, String message) {
    events.onEvent(
        new BuildEvent.Warning(
            plan.target(), new BuildWarning(WarningId.CACHE_NO_GOCACHEPROG, message)));
  }
}
