package io.github.gocrossbuild.internal.toolchain.install;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a Go distribution ({@code .tar.gz} or {@code .zip}, everything under a top-level {@code
 * go/} directory) into an empty directory, refusing entries that would land outside it ({@code
 * ../}, absolute paths, links pointing out), device files and fifos, and content over a size limit.
 */
public final class ArchiveUnpacker {
  private static final String ROOT = "go";
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
  private static final PosixFilePermission[] BITS = {
    PosixFilePermission.OTHERS_EXECUTE,
    PosixFilePermission.OTHERS_WRITE,
    PosixFilePermission.OTHERS_READ,
    PosixFilePermission.GROUP_EXECUTE,
    PosixFilePermission.GROUP_WRITE,
    PosixFilePermission.GROUP_READ,
    PosixFilePermission.OWNER_EXECUTE,
    PosixFilePermission.OWNER_WRITE,
    PosixFilePermission.OWNER_READ
  };

  private final Path dest;
  private final Path root;
  private final long maxBytes;
  private final boolean write;
  private final Set<Path> files = new HashSet<>();
  private boolean sawRoot;
  private long written;

  private ArchiveUnpacker(Path dest, long maxBytes, boolean write) {
    this.dest = dest;
    this.root = dest.resolve(ROOT);
    this.maxBytes = maxBytes;
    this.write = write;
  }

  /**
   * Unpacks an archive; the name decides the format ({@code .zip}, else gzip-compressed tar).
   *
   * @param archive the verified archive
   * @param dest an existing, empty directory; the distribution lands in {@code dest/go}
   * @param maxBytes more unpacked content than this is refused
   * @throws IOException when the archive is unsafe, damaged or not a Go distribution (an {@link
   *     ArchiveRefusedException} for the first and last); the caller deletes {@code dest}
   */
  public static void unpack(Path archive, Path dest, long maxBytes) throws IOException {
    new ArchiveUnpacker(dest.toRealPath(), maxBytes, true).read(archive);
  }

  /**
   * Applies every check of {@link #unpack} without writing anything, for an archive that is
   * unpacked elsewhere (on an SSH host).
   *
   * @param archive the verified archive
   * @param maxBytes more unpacked content than this is refused
   * @throws IOException when the archive is unsafe, damaged or not a Go distribution
   */
  public static void check(Path archive, long maxBytes) throws IOException {
    new ArchiveUnpacker(Path.of("/check").toAbsolutePath(), maxBytes, false).read(archive);
  }

  private void read(Path archive) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(archive), 1 << 16)) {
      if (archive.getFileName().toString().endsWith(".zip")) {
        unzip(in);
      } else {
        untar(new GZIPInputStream(in, 1 << 16));
      }
    }
    if (!sawRoot) {
      throw new ArchiveRefusedException("the archive has no top-level go/ directory");
    }
  }

  private void untar(InputStream in) throws IOException {
    TarReader tar = new TarReader(in);
    for (TarReader.Entry e = tar.next(); e != null; e = tar.next()) {
      Path p = inside(e.name());
      switch (e.type()) {
        case '5' -> directory(p, e.mode());
        case '2' -> symlink(e.name(), p, e.linkName());
        case '1' -> hardLink(e.name(), p, e.linkName(), e.mode());
        case '3', '4', '6' ->
            throw new ArchiveRefusedException(
                String.format("entry %s is a device file or fifo", e.name()));
        default -> {
          if (!e.isFile()) {
            throw new ArchiveRefusedException(
                String.format("entry %s has the unknown type '%c'", e.name(), e.type()));
          }
          file(p, tar.content(), e.mode());
        }
      }
    }
  }

  private void unzip(InputStream in) throws IOException {
    ZipInputStream zip = new ZipInputStream(in);
    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
      Path p = inside(e.getName());
      if (e.isDirectory()) {
        directory(p, 0755);
      } else {
        file(p, zip, 0644);
      }
    }
  }

  /** The entry's path under {@code dest}, refusing anything that is not plainly under go/. */
  private Path inside(String name) throws IOException {
    String n = name.replace('\\', '/');
    boolean underRoot = n.equals(ROOT) || n.startsWith(ROOT + "/");
    if (n.startsWith("/") || DRIVE.matcher(n).matches() || n.indexOf('\0') >= 0) {
      throw new ArchiveRefusedException(String.format("entry %s has an absolute path", name));
    }
    for (String part : n.split("/")) {
      if (part.equals("..")) {
        throw new ArchiveRefusedException(
            String.format("entry %s climbs out of the target directory (..)", name));
      }
    }
    if (!underRoot) {
      throw new ArchiveRefusedException(
          String.format("entry %s is not under go/: not a Go distribution", name));
    }
    Path p = dest.resolve(n).normalize();
    if (!p.startsWith(root)) {
      throw new ArchiveRefusedException(
          String.format("entry %s resolves outside the target directory", name));
    }
    sawRoot = true;
    return p;
  }

  private void directory(Path p, int mode) throws IOException {
    if (!write) {
      return;
    }
    checkParent(p);
    Files.createDirectories(p);
    permissions(p, mode | 0700);
  }

  private void symlink(String name, Path p, String link) throws IOException {
    String l = link.replace('\\', '/');
    Path resolved = p.getParent().resolve(l).normalize();
    if (l.isEmpty()
        || l.startsWith("/")
        || DRIVE.matcher(l).matches()
        || !resolved.startsWith(root)) {
      throw new ArchiveRefusedException(
          String.format(
              "entry %s is a symbolic link pointing out of the archive (%s)", name, link));
    }
    if (!write) {
      return;
    }
    checkParent(p);
    Files.createDirectories(p.getParent());
    Files.createSymbolicLink(p, p.getFileSystem().getPath(l));
  }

  private void hardLink(String name, Path p, String link, int mode) throws IOException {
    Path target;
    try {
      target = inside(link);
    } catch (ArchiveRefusedException e) {
      throw new ArchiveRefusedException(
          String.format("entry %s is a hard link pointing out of the archive (%s)", name, link));
    }
    if (!files.contains(target)) {
      throw new ArchiveRefusedException(
          String.format(
              "entry %s is a hard link to %s, which is not a file unpacked before", name, link));
    }
    if (!write) {
      files.add(p);
      return;
    }
    try (InputStream in = Files.newInputStream(target)) {
      file(p, in, mode);
    }
  }

  private void file(Path p, InputStream in, int mode) throws IOException {
    files.add(p);
    if (write) {
      checkParent(p);
      Files.createDirectories(p.getParent());
    }
    byte[] buf = new byte[1 << 16];
    try (OutputStream out =
        write
            ? Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
            : OutputStream.nullOutputStream()) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        written += n;
        if (written > maxBytes) {
          throw new ArchiveRefusedException(
              String.format("the archive unpacks to more than the limit of %d bytes", maxBytes));
        }
        out.write(buf, 0, n);
      }
    }
    if (write) {
      permissions(p, mode);
    }
  }

  /** Refuses to write through a directory that is really a link leading elsewhere. */
  private void checkParent(Path p) throws IOException {
    Path existing = p.getParent();
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null || !existing.toRealPath().startsWith(dest)) {
      throw new ArchiveRefusedException(
          String.format("entry %s would be written outside the target directory", p));
    }
  }

  private static void permissions(Path p, int mode) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
    for (int bit = 0; bit < BITS.length; bit++) {
      if ((mode & (1 << bit)) != 0) {
        perms.add(BITS[bit]);
      }
    }
    perms.add(PosixFilePermission.OWNER_READ);
    perms.add(PosixFilePermission.OWNER_WRITE);
    view.setPermissions(perms);
  }
}
