package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildListener;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.spi.HostBuildRequest;
import io.github.gocrossbuild.ssh.HostKeyPolicy;
import io.github.gocrossbuild.ssh.SshHost;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Host-level warnings of one connection: each goes out once, with the first build that meets it.
 */
public final class HostWarnings {
  private final AtomicBoolean warnedHostKey = new AtomicBoolean();
  private final AtomicBoolean warnedLoginShell = new AtomicBoolean();
  private final AtomicBoolean warnedEmulatedGo = new AtomicBoolean();

  /**
   * Tells whether a host key on the way to a host is accepted without checking: the host's own, or
   * a jump host's.
   *
   * @param host the host
   * @return true when the host or one of its jump hosts uses {@link
   *     HostKeyPolicy#acceptAnyForTestsOnly()}
   */
  public static boolean hostKeyUnverified(SshHost host) {
    return Stream.concat(Stream.of(host), host.proxyJump().stream())
        .anyMatch(h -> h.hostKeyPolicy().mode() == HostKeyPolicy.Mode.ACCEPT_ANY);
  }

  /**
   * Sends the warnings this build meets and no earlier build did.
   *
   * @param request the build
   * @param facts the host facts (its machine, for {@link EmulatedGo})
   * @param hostKeyUnverified whether the host key was accepted without checking
   * @param address the host's address for messages, e.g. {@code pi@raspberry:22}
   */
  public void beforeBuild(
      HostBuildRequest request, HostFacts facts, boolean hostKeyUnverified, String address) {
    Target target = request.target();
    BuildListener listener = request.listener();
    if (hostKeyUnverified && warnedHostKey.compareAndSet(false, true)) {
      listener.onEvent(
          new BuildEvent.Warning(
              target,
              new BuildWarning(
                  WarningId.SSH_HOST_KEY_NOT_VERIFIED,
                  String.format(
                      "The host key of %s was not verified"
                          + " (HostKeyPolicy.acceptAnyForTestsOnly()): anyone on the path could"
                          + " have answered. Use strict(), acceptNew() or pinned(...) outside"
                          + " tests.",
                      address))));
    }
    if (RemoteToolchain.viaLoginShell(request.toolchain())
        && warnedLoginShell.compareAndSet(false, true)) {
      listener.onEvent(
          new BuildEvent.Warning(
              target,
              new BuildWarning(
                  WarningId.SSH_GO_LOGIN_SHELL_ONLY,
                  String.format(
                      "go was found on %s only through the login shell (%s); plain ssh commands"
                          + " do not see it. See SshBuildHost.probe().notes().",
                      address, request.toolchain().goCommand()))));
    }
    if (!warnedEmulatedGo.get()) {
      EmulatedGo.check(request.toolchain(), facts, address)
          .filter(w -> warnedEmulatedGo.compareAndSet(false, true))
          .ifPresent(w -> listener.onEvent(new BuildEvent.Warning(target, w)));
    }
  }
}
