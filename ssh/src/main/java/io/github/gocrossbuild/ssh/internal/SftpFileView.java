package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.spi.FileView;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.EnumSet;
import net.schmizz.sshj.sftp.FileAttributes;
import net.schmizz.sshj.sftp.FileMode;
import net.schmizz.sshj.sftp.OpenMode;
import net.schmizz.sshj.sftp.RemoteFile;
import net.schmizz.sshj.sftp.Response;
import net.schmizz.sshj.sftp.SFTPException;

/**
 * A host's files over SFTP, for reading a workspace that lives there: no shell is involved, so a
 * path with {@code $(...)}, quotes or spaces is read as written. Each call opens its own SFTP
 * session, so the view stays usable for as long as the connection is.
 */
public final class SftpFileView implements FileView {
  private static final Duration LIMIT = Duration.ofSeconds(30);

  private final SshConnection connection;

  /**
   * Creates the view of one connection's host.
   *
   * @param connection the connection
   */
  public SftpFileView(SshConnection connection) {
    this.connection = connection;
  }

  @Override
  public Kind kind(String path) {
    FileAttributes a = attributes(path);
    if (a == null) {
      return Kind.MISSING;
    }
    FileMode.Type type = a.getType();
    return type == FileMode.Type.REGULAR
        ? Kind.FILE
        : type == FileMode.Type.DIRECTORY ? Kind.DIRECTORY : Kind.OTHER;
  }

  /**
   * Tells whether a path is a regular file with an execute bit: the host's own check for this user
   * would need a shell, and a tool with any execute bit is what the Go extension runs.
   */
  @Override
  public boolean isExecutable(String path) {
    FileAttributes a = attributes(path);
    return a != null
        && a.getType() == FileMode.Type.REGULAR
        && (a.getMode().getPermissionsMask() & 0111) != 0;
  }

  @Override
  public byte[] read(String path, int limit) throws IOException {
    return connection.sftp(
        "read " + path,
        LIMIT,
        sftp -> {
          try (RemoteFile f = sftp.open(path, EnumSet.of(OpenMode.READ));
              InputStream in = f.new RemoteFileInputStream()) {
            return in.readNBytes(limit + 1);
          }
        });
  }

  @Override
  public String describe(String path) {
    return "ssh://" + connection.host().user() + "@" + connection.host().address() + path;
  }

  /** Follows symbolic links, as opening the file would; null when nothing is there. */
  private FileAttributes attributes(String path) {
    return connection.sftp(
        "stat " + path,
        LIMIT,
        sftp -> {
          try {
            return sftp.stat(path);
          } catch (SFTPException e) {
            Response.StatusCode code = e.getStatusCode();
            if (code == Response.StatusCode.NO_SUCH_FILE
                || code == Response.StatusCode.NO_SUCH_PATH) {
              return null;
            }
            throw e;
          }
        });
  }

  @Override
  public String toString() {
    return "files of " + connection.host().address();
  }
}
