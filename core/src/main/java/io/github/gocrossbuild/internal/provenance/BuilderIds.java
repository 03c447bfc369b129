package io.github.gocrossbuild.internal.provenance;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Names the machine that built an artifact as a URI: {@code ssh://user@host:port} for an SSH host,
 * {@code local://<hostname>} for this machine.
 */
final class BuilderIds {
  /** This machine's builder id; looked up once, since a name lookup can be slow. */
  static final String LOCAL_ID = "local://" + localHostName();

  private BuilderIds() {}

  /**
   * Returns the builder id of a host.
   *
   * @param hostName the host's name, {@code local} or {@code user@host:port}
   * @return the URI
   */
  static String of(String hostName) {
    if (hostName.equals("local")) {
      return LOCAL_ID;
    }
    if (hostName.contains("@")) {
      return "ssh://" + hostName;
    }
    return "host://" + hostName.replaceAll("[^A-Za-z0-9._~:@-]", "_");
  }

  /**
   * Returns the URI of a file or command on the builder.
   *
   * @param builderId the builder's id
   * @param path an absolute path or a command name
   * @return e.g. {@code ssh://ci@10.0.0.7:22/usr/local/go/bin/go}
   */
  static String onHost(String builderId, String path) {
    String p = path.replace('\\', '/');
    return builderId + (p.startsWith("/") ? p : "/" + p);
  }

  private static String localHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException | SecurityException e) {
      return "localhost";
    }
  }
}
