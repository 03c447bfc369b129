package io.github.gocrossbuild.testing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes gzip-compressed tar archives for tests: real distributions and hostile ones. */
public final class TarWriter implements Closeable {
  private final GZIPOutputStream out;

  /**
   * Starts an archive.
   *
   * @param file where to write it
   * @throws IOException when it cannot be created
   */
  public TarWriter(Path file) throws IOException {
    this.out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
  }

  /**
   * Adds a directory.
   *
   * @param name e.g. {@code go/bin/}
   * @throws IOException on write failure
   */
  public void dir(String name) throws IOException {
    header(name, '5', 0, 0755, "");
  }

  /**
   * Adds a file with the given content.
   *
   * @param name the path in the archive
   * @param mode permission bits
   * @param content the bytes
   * @throws IOException on write failure
   */
  public void file(String name, int mode, byte[] content) throws IOException {
    header(name, '0', content.length, mode, "");
    out.write(content);
    pad(content.length);
  }

  /**
   * Adds a file copied from disk.
   *
   * @param name the path in the archive
   * @param source the file
   * @throws IOException on read or write failure
   */
  public void file(String name, Path source) throws IOException {
    long size = Files.size(source);
    header(name, '0', size, Files.isExecutable(source) ? 0755 : 0644, "");
    try (InputStream in = Files.newInputStream(source)) {
      in.transferTo(out);
    }
    pad(size);
  }

  /**
   * Adds a link or special entry without content.
   *
   * @param name the path in the archive
   * @param type {@code '1'} hard link, {@code '2'} symlink, {@code '3'} character device
   * @param target the link target
   * @throws IOException on write failure
   */
  public void special(String name, char type, String target) throws IOException {
    header(name, type, 0, 0644, target);
  }

  private void header(String name, char type, long size, int mode, String link) throws IOException {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    if (n.length > 99) {
      byte[] longName = (name + "\0").getBytes(StandardCharsets.UTF_8);
      header("././@LongLink", 'L', longName.length, 0644, "");
      out.write(longName);
      pad(longName.length);
    }
    byte[] h = new byte[512];
    put(h, 0, 100, name);
    put(h, 100, 8, String.format("%07o", mode));
    put(h, 108, 8, "0000000");
    put(h, 116, 8, "0000000");
    put(h, 124, 12, String.format("%011o", size));
    put(h, 136, 12, String.format("%011o", 1700000000L));
    h[156] = (byte) type;
    put(h, 157, 100, link);
    put(h, 257, 6, "ustar");
    put(h, 263, 2, "00");
    for (int i = 148; i < 156; i++) {
      h[i] = ' ';
    }
    long sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    put(h, 148, 8, String.format("%06o", sum) + "\0 ");
    out.write(h);
  }

  private static void put(byte[] h, int off, int len, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(b, 0, h, off, Math.min(b.length, len));
  }

  private void pad(long size) throws IOException {
    out.write(new byte[(int) ((512 - size % 512) % 512)]);
  }

  @Override
  public void close() throws IOException {
    out.write(new byte[1024]);
    out.close();
  }
}
