package io.github.gocrossbuild.binary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Assembles a fat (universal) Mach-O file from thin slices, as {@code lipo -create} would. */
public final class FatMachO {
  private FatMachO() {}

  /**
   * Writes a fat file of the given thin Mach-O files.
   *
   * @param out where to write it
   * @param slices the thin files, in order
   * @return {@code out}
   * @throws IOException when a file cannot be read or written
   */
  public static Path create(Path out, List<Path> slices) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    ByteBuffer header = ByteBuffer.allocate(8 + 20 * slices.size());
    header.putInt(0xCAFEBABE).putInt(slices.size());
    long offset = 0x4000;
    for (Path slice : slices) {
      byte[] data = Files.readAllBytes(slice);
      ByteBuffer thin = ByteBuffer.wrap(data).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      header
          .putInt(thin.getInt(4))
          .putInt(thin.getInt(8))
          .putInt((int) offset)
          .putInt(data.length)
          .putInt(14);
      while (body.size() + 0x4000 < offset) {
        body.write(0);
      }
      body.write(data);
      offset = (0x4000 + body.size() + 0x3fff) & ~0x3fffL;
    }
    byte[] head = new byte[0x4000];
    System.arraycopy(header.array(), 0, head, 0, header.position());
    Files.createDirectories(out.getParent());
    Files.write(out, head);
    Files.write(out, body.toByteArray(), java.nio.file.StandardOpenOption.APPEND);
    return out;
  }
}
