package io.github.gocrossbuild.internal.binary;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.binary.BinaryFormat;
import io.github.gocrossbuild.binary.GoBuildInfo;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * What a format reader learned about one executable; {@code GoBinary} turns it into the immutable
 * report. Mutable on purpose: the readers fill it in as they walk the headers.
 */
public final class Facts {
  /** The container format. */
  public BinaryFormat format;

  /** The OS when the file itself says so; null when only the build info can tell. */
  public GoOs goos;

  /** The architecture from the machine field; null when Go has no such GOARCH. */
  public GoArch goarch;

  /** The machine field named as {@code file(1)} names it, e.g. {@code ARM aarch64}. */
  public String machine = "unknown";

  /** 32 or 64. */
  public int bits;

  /** Byte order of the header fields. */
  public ByteOrder byteOrder = ByteOrder.LITTLE_ENDIAN;

  /** Position-independent executable. */
  public boolean pie;

  /** No dynamic loader and no shared libraries. */
  public boolean staticallyLinked = true;

  /** The dynamic loader path. */
  public String interpreter;

  /** Shared libraries the loader must load, in file order. */
  public final List<String> neededLibraries = new ArrayList<>();

  /** No symbol table (or, for Mach-O, only import symbols). */
  public boolean stripped = true;

  /** DWARF sections present. */
  public boolean debugInfo;

  /** The Go build ID. */
  public String buildId;

  /** Highest {@code GLIBC_x.y} from {@code .gnu.version_r}, without the prefix. */
  public String requiredGlibc;

  /** A structure only the Go linker writes was seen ({@code .gopclntab}, Go note, ...). */
  public boolean goEvidence;

  /** The Go version, from the build info or a fallback search. */
  public String goVersion;

  /** The decoded build info. */
  public GoBuildInfo buildInfo;

  /** Why the build info could not be read although the file looks like Go. */
  public String buildInfoProblem;

  /** Slices of a fat Mach-O file. */
  public final List<Facts> slices = new ArrayList<>();

  /** Where the build-info blob should be: a virtual address and size (Go's {@code DataStart}). */
  public long dataAddr;

  /** Size of the build-info region; 0 when there is none. */
  public long dataSize;

  /** When set, the build-info region is given as a file offset instead of an address. */
  public long dataFileOffset = -1;

  /** Mapped file ranges, to follow the pointers of the pre-1.18 build-info format. */
  public final List<Segment> segments = new ArrayList<>();

  /** A file range mapped at a virtual address. */
  public static final class Segment {
    final long vaddr;
    final long offset;
    final long fileSize;

    /**
     * Creates a segment.
     *
     * @param vaddr virtual address
     * @param offset file offset
     * @param fileSize bytes present in the file
     */
    public Segment(long vaddr, long offset, long fileSize) {
      this.vaddr = vaddr;
      this.offset = offset;
      this.fileSize = fileSize;
    }
  }

  /**
   * Translates a virtual address to a file offset, as Go's {@code ReadData} does.
   *
   * @param addr the address
   * @return {offset, bytes available}, or null when no segment holds the address
   */
  public long[] map(long addr) {
    for (Segment s : segments) {
      if (s.fileSize > 0
          && Long.compareUnsigned(s.vaddr, addr) <= 0
          && Long.compareUnsigned(addr - s.vaddr, s.fileSize) < 0) {
        return new long[] {s.offset + (addr - s.vaddr), s.fileSize - (addr - s.vaddr)};
      }
    }
    return null;
  }
}
