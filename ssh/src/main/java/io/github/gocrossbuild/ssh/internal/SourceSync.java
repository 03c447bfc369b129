package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.config.ConfigParseException;
import io.github.gocrossbuild.internal.jsonc.JsonText;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import io.github.gocrossbuild.ssh.SyncReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import net.schmizz.sshj.sftp.FileAttributes;
import net.schmizz.sshj.sftp.OpenMode;
import net.schmizz.sshj.sftp.RemoteFile;
import net.schmizz.sshj.sftp.SFTPClient;
import net.schmizz.sshj.sftp.SFTPException;

/**
 * Mirrors a local module into {@code <workspace>/src} on the host. The host keeps a record of what
 * it holds (path, size, SHA-256); only files whose hash differs are sent, files gone locally are
 * deleted there. The record is a base manifest plus an append-only journal, so a one-file change
 * costs two journal lines, not a rewrite of the whole record: before files are written they are
 * recorded as present with unknown content, after they arrive with their new hash, so an
 * interrupted sync is followed by one that sends them again (or deletes them) rather than trusting
 * them. When the journal outgrows the module it is folded into a new base.
 *
 * <p>Base and journal hold the same lines, one JSON array each ({@code ["+", path, "size sha256"]}
 * or {@code ["-", path]}), read with the project's one JSON reader: a line stays far below its size
 * limit however large the module. A base in another format (the single JSON object of earlier
 * versions) is unreadable, so everything is sent again and the record rewritten.
 */
public final class SourceSync {
  /** Files pipelined per SFTP write: enough to fill a long link without unbounded memory. */
  private static final int UNCONFIRMED_WRITES = 16;

  /** Bytes per SFTP write: fits OpenSSH's packet limit with room for the header. */
  private static final int WRITE_CHUNK = 32 * 1024;

  /** The record's value for a file whose upload started but did not finish. */
  private static final String UNKNOWN = "?";

  /** A journal shorter than this is never folded into the base record. */
  private static final int COMPACT_MIN_LINES = 256;

  private final SshConnection connection;

  /** What this connection last wrote to each workspace, so a warm sync needs no round trip. */
  private final Map<String, Map<String, String>> known = new ConcurrentHashMap<>();

  /** Lines in each workspace's journal, as far as this connection knows. */
  private final Map<String, Integer> journalLines = new ConcurrentHashMap<>();

  /**
   * Creates the sync for one connection.
   *
   * @param connection the connection
   */
  public SourceSync(SshConnection connection) {
    this.connection = connection;
  }

  /** Receives per-file progress. */
  @FunctionalInterface
  public interface Progress {
    /**
     * Reports a file sent.
     *
     * @param path the relative path
     * @param bytes its size
     */
    void sent(String path, long bytes);
  }

  /**
   * Brings the workspace up to date with the local module.
   *
   * @param moduleDir the local module
   * @param excluded absolute local directories to leave out
   * @param workspace the remote workspace directory (exists, 0700)
   * @param progress receives each file sent
   * @return what was sent
   */
  public SyncReport sync(Path moduleDir, Set<Path> excluded, String workspace, Progress progress) {
    long start = System.nanoTime();
    Map<String, LocalTree.Entry> local = LocalTree.scan(moduleDir, excluded);
    Map<String, String> wanted = new TreeMap<>();
    local.forEach((rel, e) -> wanted.put(rel, e.size() + " " + e.sha256()));
    String src = workspace + "/src";
    Map<String, String> cached = known.get(workspace);
    if (wanted.equals(cached)) {
      return report(src, local.size(), 0, 0, 0, start);
    }
    long[] bytes = {0};
    int[] counts = {0, 0};
    known.remove(workspace);
    connection.sftp(
        "sync",
        connection.host().transferTimeout(),
        sftp -> {
          Journal journal =
              cached != null ? new Journal(cached, -1) : readManifest(sftp, workspace);
          Map<String, String> remote = journal.files;
          List<String> send = new ArrayList<>();
          wanted.forEach(
              (rel, v) -> {
                if (!v.equals(remote.get(rel))) {
                  send.add(rel);
                }
              });
          List<String> delete = new ArrayList<>();
          for (String rel : remote.keySet()) {
            if (!wanted.containsKey(rel)) {
              delete.add(rel);
            }
          }
          if (send.isEmpty() && delete.isEmpty()) {
            return null;
          }
          // Files about to be written are first recorded as present with unknown content: an
          // interrupted upload is never trusted as the version named, and a half-written file whose
          // local original is deleted meanwhile is still known, so it is deleted too.
          StringBuilder before = new StringBuilder();
          for (String rel : send) {
            before.append(entry("+", rel, UNKNOWN));
          }
          // One handle for both appends: a one-file change costs one open and one close.
          RemoteFile journalFile =
              sftp.open(
                  journal(workspace),
                  EnumSet.of(OpenMode.WRITE, OpenMode.APPEND, OpenMode.CREAT),
                  mode(0600));
          try {
            append(journalFile, before);
            Set<String> dirs = new HashSet<>();
            // Only files known to have arrived prove their directories exist.
            remote.forEach(
                (rel, v) -> {
                  if (!UNKNOWN.equals(v)) {
                    dirs.addAll(parents(rel));
                  }
                });
            StringBuilder after = new StringBuilder();
            for (String rel : send) {
              for (String d : parents(rel)) {
                if (dirs.add(d)) {
                  mkdir(sftp, src + "/" + d);
                }
              }
              LocalTree.Entry e = local.get(rel);
              upload(sftp, e.file(), src + "/" + rel);
              after.append(entry("+", rel, wanted.get(rel)));
              bytes[0] += e.size();
              counts[0]++;
              progress.sent(rel, e.size());
            }
            Set<String> emptied = new HashSet<>();
            for (String rel : delete) {
              removeQuietly(sftp, src + "/" + rel);
              after.append(entry("-", rel, null));
              emptied.addAll(parents(rel));
              counts[1]++;
            }
            emptied.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(d -> rmdirQuietly(sftp, src + "/" + d));
            int lines =
                journalLines.merge(
                    workspace,
                    Math.max(journal.lines, 0) + send.size() * 2 + delete.size(),
                    Integer::sum);
            if (lines <= Math.max(COMPACT_MIN_LINES, wanted.size())) {
              append(journalFile, after);
              return null;
            }
          } finally {
            journalFile.close();
          }
          // The journal outgrew the module: fold it into a fresh base record, once.
          writeManifest(sftp, workspace, wanted);
          removeQuietly(sftp, journal(workspace));
          journalLines.put(workspace, 0);
          return null;
        });
    known.put(workspace, wanted);
    return report(src, local.size(), counts[0], bytes[0], counts[1], start);
  }

  /**
   * Forgets what this connection knows about a workspace, so the next sync reads the manifest.
   *
   * @param workspace the workspace directory
   */
  public void forget(String workspace) {
    known.remove(workspace);
  }

  private static SyncReport report(
      String src, int files, int sent, long bytes, int deleted, long start) {
    return SyncReport.builder()
        .remoteDir(src)
        .files(files)
        .filesSent(sent)
        .bytesSent(bytes)
        .filesDeleted(deleted)
        .duration(Duration.ofNanos(System.nanoTime() - start))
        .build();
  }

  static List<String> parents(String rel) {
    List<String> out = new ArrayList<>();
    int i = rel.indexOf('/');
    while (i > 0) {
      out.add(rel.substring(0, i));
      i = rel.indexOf('/', i + 1);
    }
    return out;
  }

  private static String manifest(String workspace) {
    return workspace + "/manifest.json";
  }

  private static String journal(String workspace) {
    return workspace + "/manifest.journal";
  }

  /** The host's record: the base manifest with the journal replayed over it. */
  private record Journal(Map<String, String> files, int lines) {}

  private Journal readManifest(SFTPClient sftp, String workspace) {
    Map<String, String> out = new TreeMap<>();
    int lines = 0;
    try {
      try (RemoteFile f = sftp.open(manifest(workspace));
          InputStream in = f.new RemoteFileInputStream()) {
        replay("manifest", new String(in.readAllBytes(), StandardCharsets.UTF_8), out);
      } catch (SFTPException e) {
        if (sftp.statExistence(manifest(workspace)) != null) {
          throw e;
        }
        // No base yet: the journal alone is the record.
      }
      if (sftp.statExistence(journal(workspace)) != null) {
        try (RemoteFile f = sftp.open(journal(workspace));
            InputStream in = f.new RemoteFileInputStream()) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          lines = replay("manifest journal", text, out);
        }
      }
    } catch (IOException | RuntimeException e) {
      // No or unreadable record: everything is sent again, which is always correct.
      out.clear();
      lines = COMPACT_MIN_LINES * 1000;
    }
    journalLines.put(workspace, 0);
    return new Journal(out, lines);
  }

  /** Applies record lines to {@code files}; returns how many there were. */
  private static int replay(String source, String text, Map<String, String> files) {
    int lines = 0;
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      Object v = JsoncTree.read(source, line, JsoncSyntax.JSON);
      if (v instanceof List<?> n
          && n.size() == 3
          && "+".equals(n.get(0))
          && n.get(1) instanceof String rel
          && n.get(2) instanceof String value) {
        files.put(rel, value);
      } else if (v instanceof List<?> n
          && n.size() == 2
          && "-".equals(n.get(0))
          && n.get(1) instanceof String rel) {
        files.remove(rel);
      } else {
        throw new ConfigParseException(source, lines + 1, 1, "not a record line: " + line);
      }
      lines++;
    }
    return lines;
  }

  private static String entry(String op, String rel, String value) {
    return "["
        + JsonText.quote(op)
        + ","
        + JsonText.quote(rel)
        + (value == null ? "" : "," + JsonText.quote(value))
        + "]\n";
  }

  /**
   * Appends lines to the open journal and waits for the host to confirm them. APPEND (O_APPEND in
   * OpenSSH's sftp-server) puts each write at the end whatever its offset.
   */
  private static void append(RemoteFile journal, CharSequence lines) throws IOException {
    byte[] data = lines.toString().getBytes(StandardCharsets.UTF_8);
    for (int off = 0; off < data.length; off += WRITE_CHUNK) {
      journal.write(0, data, off, Math.min(WRITE_CHUNK, data.length - off));
    }
  }

  private static void writeManifest(SFTPClient sftp, String workspace, Map<String, String> files)
      throws IOException {
    StringBuilder record = new StringBuilder();
    files.forEach((rel, value) -> record.append(entry("+", rel, value)));
    byte[] data = record.toString().getBytes(StandardCharsets.UTF_8);
    try (RemoteFile rf =
            sftp.open(
                manifest(workspace),
                EnumSet.of(OpenMode.WRITE, OpenMode.CREAT, OpenMode.TRUNC),
                mode(0600));
        OutputStream out = rf.new RemoteFileOutputStream(0, UNCONFIRMED_WRITES)) {
      out.write(data);
    }
  }

  static void upload(SFTPClient sftp, Path file, String remote) throws IOException {
    try (RemoteFile rf =
            sftp.open(
                remote, EnumSet.of(OpenMode.WRITE, OpenMode.CREAT, OpenMode.TRUNC), mode(0600));
        OutputStream out = rf.new RemoteFileOutputStream(0, UNCONFIRMED_WRITES);
        InputStream in = Files.newInputStream(file)) {
      // 32 KiB writes fit OpenSSH's SFTP packet limit with room for the header.
      byte[] buf = new byte[32 * 1024];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
      }
    }
  }

  static FileAttributes mode(int perms) {
    return new FileAttributes.Builder().withPermissions(perms).build();
  }

  private static void mkdir(SFTPClient sftp, String dir) throws IOException {
    try {
      sftp.mkdir(dir);
    } catch (SFTPException e) {
      if (sftp.statExistence(dir) == null) {
        throw e;
      }
    }
  }

  private static void removeQuietly(SFTPClient sftp, String path) {
    try {
      sftp.rm(path);
    } catch (IOException e) {
      // Already gone: the goal is reached.
    }
  }

  private static void rmdirQuietly(SFTPClient sftp, String path) {
    try {
      sftp.rmdir(path);
    } catch (IOException e) {
      // Not empty: other files still live there.
    }
  }
}
