package io.github.gocrossbuild.internal.binary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;

/**
 * Bounded random access to (a window of) a file. Every read is checked against the window and
 * against a per-file byte budget, so hostile offsets and sizes end in a {@link BadBinaryException}
 * rather than an out-of-bounds error, a huge allocation or a long scan.
 */
public final class Input {
  /** Largest single read; tables and strings bigger than this are rejected as implausible. */
  public static final int MAX_READ = 8 << 20;

  /** Bytes one {@code GoBinary.read} may read in total; real binaries need well under 1 MB. */
  private static final long BUDGET = 64L << 20;

  private final SeekableByteChannel channel;
  private final long base;
  private final long size;
  private final long[] budget;

  private Input(SeekableByteChannel channel, long base, long size, long[] budget) {
    this.channel = channel;
    this.base = base;
    this.size = size;
    this.budget = budget;
  }

  /**
   * Wraps a whole channel.
   *
   * @param channel an open, readable channel
   * @return the input
   * @throws UncheckedIOException when the size cannot be read
   */
  public static Input of(SeekableByteChannel channel) {
    try {
      return new Input(channel, 0, channel.size(), new long[] {BUDGET});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a window of this input (one slice of a fat Mach-O file); offsets are then relative.
   *
   * @param offset start of the window
   * @param length length of the window
   * @return the window, sharing this input's budget
   */
  public Input window(long offset, long length) {
    check(offset, length, "slice");
    return new Input(channel, base + offset, length, budget);
  }

  /**
   * Returns the size of the file (or window).
   *
   * @return bytes
   */
  public long size() {
    return size;
  }

  /**
   * Tells whether {@code [offset, offset+length)} lies inside the input.
   *
   * @param offset start
   * @param length length
   * @return true when the range is readable
   */
  public boolean contains(long offset, long length) {
    return offset >= 0 && length >= 0 && offset <= size && length <= size - offset;
  }

  /**
   * Reads exactly {@code length} bytes.
   *
   * @param offset start
   * @param length how many bytes
   * @param what what is being read, for the error message
   * @return the bytes
   * @throws BadBinaryException when the range is outside the file or too large
   */
  public byte[] bytes(long offset, long length, String what) {
    check(offset, length, what);
    if (length > MAX_READ) {
      throw new BadBinaryException(what + " is implausibly large (" + length + " bytes)");
    }
    if (budget[0] < length) {
      throw new BadBinaryException("gave up reading " + what + ": too many reads for one file");
    }
    budget[0] -= length;
    ByteBuffer buf = ByteBuffer.allocate((int) length);
    try {
      long pos = base + offset;
      while (buf.hasRemaining()) {
        if (read(buf, pos + buf.position()) < 0) {
          throw new BadBinaryException(what + " ends early: the file was truncated while reading");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buf.array();
  }

  /** One positional read: a single pread for files, seek and read for other channels. */
  private int read(ByteBuffer buf, long position) throws IOException {
    if (channel instanceof FileChannel file) {
      return file.read(buf, position);
    }
    channel.position(position);
    return channel.read(buf);
  }

  /**
   * Reads exactly {@code length} bytes as a buffer in the given byte order.
   *
   * @param offset start
   * @param length how many bytes
   * @param order byte order of the fields
   * @param what what is being read, for the error message
   * @return the buffer, positioned at 0
   */
  public ByteBuffer buffer(long offset, long length, ByteOrder order, String what) {
    return ByteBuffer.wrap(bytes(offset, length, what)).order(order);
  }

  /**
   * Reads up to {@code length} bytes, fewer when the input ends first.
   *
   * @param offset start
   * @param length maximum bytes
   * @param what what is being read, for the error message
   * @return the bytes, possibly empty
   */
  public byte[] upTo(long offset, long length, String what) {
    if (offset < 0 || offset > size) {
      throw new BadBinaryException(
          what + " starts at " + offset + ", past the end of the file (" + size + " bytes)");
    }
    return bytes(offset, Math.min(length, size - offset), what);
  }

  private void check(long offset, long length, String what) {
    if (!contains(offset, length)) {
      throw new BadBinaryException(
          what
              + " (offset "
              + Long.toUnsignedString(offset)
              + ", "
              + Long.toUnsignedString(length)
              + " bytes) lies outside the file ("
              + size
              + " bytes)");
    }
  }
}
