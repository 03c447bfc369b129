package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.GoCrossBuildException;
import io.github.gocrossbuild.ssh.HostKeyVerificationException;
import io.github.gocrossbuild.ssh.SshAuthenticationException;
import io.github.gocrossbuild.ssh.SshConnectionException;
import io.github.gocrossbuild.ssh.SshException;
import io.github.gocrossbuild.ssh.SshHost;
import io.github.gocrossbuild.ssh.SshTransferException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.sftp.SFTPClient;
import net.schmizz.sshj.transport.TransportException;

/**
 * One authenticated SSH connection, shared by every step and every concurrent build. Channels are
 * rationed so the server's {@code MaxSessions} is never exceeded; every SSHJ failure is turned into
 * an {@link SshException} that names the host and the step.
 */
public final class SshConnection implements Closeable {
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "gocrossbuild-ssh-transfer-watchdog");
            t.setDaemon(true);
            return t;
          });

  private final SshHost host;
  private final SSHClient client;
  private final List<SSHClient> hops;
  private final Semaphore channels;
  private final RemoteShell shell;
  private final boolean keyRecorded;
  private final CountingSocketFactory wire;

  private SshConnection(
      SshHost host,
      SSHClient client,
      List<SSHClient> hops,
      boolean keyRecorded,
      CountingSocketFactory wire) {
    this.host = host;
    this.client = client;
    this.hops = hops;
    this.wire = wire;
    this.channels = new Semaphore(host.maxChannels(), true);
    this.shell = new RemoteShell(this);
    this.keyRecorded = keyRecorded;
  }

  /** Work done with the raw client while a channel permit is held. */
  @FunctionalInterface
  public interface ChannelWork<T> {
    /**
     * Does the work.
     *
     * @param client the connected client
     * @return the result
     * @throws IOException when the transport fails
     */
    T run(SSHClient client) throws IOException;
  }

  /** Work done with an SFTP session. */
  @FunctionalInterface
  public interface SftpWork<T> {
    /**
     * Does the work.
     *
     * @param sftp the session
     * @return the result
     * @throws IOException when the transfer fails
     */
    T run(SFTPClient sftp) throws IOException;
  }

  /**
   * Connects (through the host's jump hosts, if any), verifies each host key and authenticates.
   *
   * @param host where to
   * @param configuredHashing the user's ssh config's {@code HashKnownHosts} for a host name, asked
   *     only when a new key is recorded and the host does not say
   * @return the connection
   * @throws SshConnectionException when the host cannot be reached
   * @throws HostKeyVerificationException when the host key is refused
   * @throws SshAuthenticationException when no credential is accepted
   */
  public static SshConnection open(
      SshHost host, Function<String, Optional<Boolean>> configuredHashing) {
    Dialer.Dialed d = Dialer.dial(host, configuredHashing);
    return new SshConnection(host, d.client(), d.hops(), d.keyRecorded(), d.wire());
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /**
   * Returns the host this connection reaches.
   *
   * @return the host
   */
  public SshHost host() {
    return host;
  }

  /**
   * Tells whether connecting appended the host key to known_hosts (accept-new).
   *
   * @return true when the key was recorded
   */
  public boolean keyRecorded() {
    return keyRecorded;
  }

  /**
   * Returns the bytes written to the TCP connection so far, SSH framing included.
   *
   * @return bytes sent to the host
   */
  public long bytesSent() {
    return wire.sent();
  }

  /**
   * Returns the bytes read from the TCP connection so far, SSH framing included.
   *
   * @return bytes received from the host
   */
  public long bytesReceived() {
    return wire.received();
  }

  /**
   * Returns the shell runner of this connection.
   *
   * @return the runner
   */
  public RemoteShell shell() {
    return shell;
  }

  /**
   * Tells whether the transport is still up.
   *
   * @return true when connected
   */
  public boolean isConnected() {
    return client.isConnected();
  }

  /**
   * Runs work on one channel, waiting for a free one, and maps failures.
   *
   * @param step the step name for errors
   * @param work the work
   * @param <T> the result type
   * @return the work's result
   */
  public <T> T withChannel(String step, ChannelWork<T> work) {
    try {
      channels.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SshException(
          "interrupted while waiting for an SSH channel to "
              + host.address()
              + " (step "
              + step
              + ")",
          host.address(),
          step,
          e);
    }
    try {
      return work.run(client);
    } catch (GoCrossBuildException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw failure(step, e);
    } finally {
      channels.release();
    }
  }

  /**
   * Runs work on an SFTP session within a time limit for the whole step. When the limit passes the
   * session is closed under the work, which fails, and a {@link SshTransferException} naming the
   * step is thrown; the connection stays usable.
   *
   * @param step the step name for errors, e.g. {@code sync} or {@code download}
   * @param limit the time limit for the whole step
   * @param work the work
   * @param <T> the result type
   * @return the work's result
   * @throws SshTransferException when the limit passes
   */
  public <T> T sftp(String step, Duration limit, SftpWork<T> work) {
    AtomicBoolean expired = new AtomicBoolean();
    try {
      return withChannel(
          step,
          c -> {
            SFTPClient sftp = c.newSFTPClient();
            ScheduledFuture<?> watchdog =
                WATCHDOG.schedule(
                    () -> {
                      expired.set(true);
                      closeQuietly(sftp);
                    },
                    limit.toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
              if (expired.get()) {
                throw new InterruptedIOException("time limit passed");
              }
              return work.run(sftp);
            } finally {
              watchdog.cancel(false);
              closeQuietly(sftp);
            }
          });
    } catch (RuntimeException e) {
      if (expired.get()) {
        throw new SshTransferException(
            "The "
                + step
                + " step with "
                + host.address()
                + " did not finish within "
                + limit.toMillis()
                + " ms (SshHost.transferTimeout);"
                + " it was stopped and nothing was written to the artifact path.",
            host.address(),
            step,
            e);
      }
      throw e;
    }
  }

  private static void closeQuietly(SFTPClient sftp) {
    try {
      sftp.close();
    } catch (IOException | RuntimeException ignored) {
      // Closing a session that is already closing; the step fails either way.
    }
  }

  /**
   * Maps a failure during a step: a dead transport is a lost connection, the rest a step failure.
   *
   * @param step the step
   * @param e the failure
   * @return the exception to throw
   */
  public SshException failure(String step, Exception e) {
    if (!client.isConnected()
        || e instanceof TransportException
        || e instanceof InterruptedIOException) {
      return new SshConnectionException(
          "Connection to "
              + host.address()
              + " was lost during "
              + step
              + " ("
              + describe(e)
              + "); nothing was written to the artifact path.",
          host.address(),
          step,
          e);
    }
    return new SshException(
        step + " on " + host.address() + " failed: " + describe(e), host.address(), step, e);
  }

  @Override
  public void close() {
    Dialer.closeQuietly(client);
    Dialer.closeAll(hops);
  }
}
