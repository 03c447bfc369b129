package io.github.gocrossbuild.internal.binary;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.binary.BinaryFormat;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads thin Mach-O headers and load commands, and fat (universal) headers with one report per
 * slice. Constants from Apple's {@code <mach-o/loader.h>} and Go's {@code debug/macho}.
 */
final class MachOReader {
  private static final int LC_SEGMENT = 0x1;
  private static final int LC_SYMTAB = 0x2;
  private static final int LC_DYSYMTAB = 0xb;
  private static final int LC_LOAD_DYLIB = 0xc;
  private static final int LC_LOAD_DYLINKER = 0xe;
  private static final int LC_SEGMENT_64 = 0x19;
  private static final int LC_LAZY_LOAD_DYLIB = 0x20;
  private static final int LC_VERSION_MIN_MACOSX = 0x24;
  private static final int LC_VERSION_MIN_IPHONEOS = 0x25;
  private static final int LC_BUILD_VERSION = 0x32;
  private static final int LC_LOAD_WEAK_DYLIB = 0x80000018;
  private static final int LC_REEXPORT_DYLIB = 0x8000001f;
  private static final int LC_LOAD_UPWARD_DYLIB = 0x80000023;
  private static final int MH_PIE = 0x200000;

  /** Load-command areas above this are hostile; Go binaries have a few kilobytes. */
  private static final long MAX_COMMANDS_SIZE = 1 << 22;

  private static final int MAX_FAT_ARCHES = 64;

  private final Input in;
  private final Facts f = new Facts();
  private ByteOrder order;
  private boolean is64;
  private boolean hasDysymtab;
  private long nsyms;
  private long definedSyms;

  private MachOReader(Input in) {
    this.in = in;
  }

  static Facts read(Input in) {
    return new MachOReader(in).parse();
  }

  static Facts readFat(Input in) {
    ByteBuffer h = in.buffer(0, 8, ByteOrder.BIG_ENDIAN, "fat Mach-O header");
    boolean fat64 = h.getInt(0) == 0xCAFEBABF;
    long n = Integer.toUnsignedLong(h.getInt(4));
    if (n == 0 || n > MAX_FAT_ARCHES) {
      // Java class files share the CAFEBABE magic; their version lands where the count is.
      throw new BadBinaryException(
          "fat Mach-O header claims "
              + n
              + " architectures (a Java class"
              + " file has this magic too)");
    }
    int ent = fat64 ? 32 : 20;
    ByteBuffer t = in.buffer(8, n * ent, ByteOrder.BIG_ENDIAN, "fat Mach-O architecture table");
    Facts fat = new Facts();
    fat.format = BinaryFormat.MACH_O_FAT;
    fat.byteOrder = ByteOrder.BIG_ENDIAN;
    for (int i = 0; i < n; i++) {
      int b = i * ent;
      long offset = fat64 ? t.getLong(b + 8) : Integer.toUnsignedLong(t.getInt(b + 8));
      long size = fat64 ? t.getLong(b + 16) : Integer.toUnsignedLong(t.getInt(b + 12));
      Input slice = in.window(offset, size);
      byte[] magic = slice.bytes(0, 4, "Mach-O slice " + i + " magic");
      if (BinaryReader.sniff(magic) != BinaryFormat.MACH_O) {
        throw new BadBinaryException("fat Mach-O slice " + i + " is not a thin Mach-O file");
      }
      Facts facts = read(slice);
      BinaryReader.buildInfo(slice, facts);
      fat.slices.add(facts);
    }
    Facts first = fat.slices.get(0);
    fat.goos = first.goos;
    fat.bits = first.bits;
    fat.machine = "fat Mach-O";
    fat.goarch = fat.slices.stream().allMatch(s -> s.goarch == first.goarch) ? first.goarch : null;
    fat.pie = fat.slices.stream().allMatch(s -> s.pie);
    fat.staticallyLinked = fat.slices.stream().allMatch(s -> s.staticallyLinked);
    fat.stripped = fat.slices.stream().allMatch(s -> s.stripped);
    fat.debugInfo = fat.slices.stream().anyMatch(s -> s.debugInfo);
    fat.interpreter = first.interpreter;
    fat.neededLibraries.addAll(first.neededLibraries);
    fat.buildId = first.buildId;
    return fat;
  }

  private Facts parse() {
    byte[] magic = in.bytes(0, 4, "Mach-O magic");
    order = (magic[0] & 0xff) == 0xFE ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    is64 = (order == ByteOrder.BIG_ENDIAN ? magic[3] : magic[0]) == (byte) 0xCF;
    f.format = BinaryFormat.MACH_O;
    f.byteOrder = order;
    f.bits = is64 ? 64 : 32;
    // GOOS comes from LC_BUILD_VERSION / LC_VERSION_MIN_*; else the build info; else darwin.
    int headerSize = is64 ? 32 : 28;
    ByteBuffer h = in.buffer(0, headerSize, order, "Mach-O header");
    int cpu = h.getInt(4);
    long ncmds = Integer.toUnsignedLong(h.getInt(16));
    long sizeofcmds = Integer.toUnsignedLong(h.getInt(20));
    int flags = h.getInt(24);
    f.machine = MachineNames.machO(cpu);
    f.goarch =
        switch (cpu) {
          case 7 -> GoArch.I386;
          case 0x01000007 -> GoArch.AMD64;
          case 12 -> GoArch.ARM;
          case 0x0100000C -> GoArch.ARM64;
          case 0x01000012 -> GoArch.PPC64;
          default -> null;
        };
    f.pie = (flags & MH_PIE) != 0;
    if (sizeofcmds > MAX_COMMANDS_SIZE || ncmds > sizeofcmds / 8) {
      throw new BadBinaryException(
          "Mach-O header claims " + ncmds + " load commands in " + sizeofcmds + " bytes");
    }
    ByteBuffer cmds = in.buffer(headerSize, sizeofcmds, order, "Mach-O load commands");
    int off = 0;
    for (long i = 0; i < ncmds; i++) {
      if (off + 8 > sizeofcmds) {
        throw new BadBinaryException(
            "Mach-O load command " + i + " starts past the load-command" + " area");
      }
      int cmd = cmds.getInt(off);
      long size = Integer.toUnsignedLong(cmds.getInt(off + 4));
      // A size below 8 would make the walk stand still (a load-command loop).
      if (size < 8 || size > sizeofcmds - off) {
        throw new BadBinaryException("Mach-O load command " + i + " has invalid size " + size);
      }
      command(cmds.slice(off, (int) size).order(order), cmd, (int) size);
      off += (int) size;
    }
    f.staticallyLinked = f.neededLibraries.isEmpty() && f.interpreter == null;
    f.stripped = hasDysymtab ? definedSyms == 0 : nsyms == 0;
    GoMarkers.buildIdFromText(in, 0, f);
    return f;
  }

  private void command(ByteBuffer c, int cmd, int size) {
    switch (cmd) {
      case LC_SEGMENT, LC_SEGMENT_64 -> segment(c, cmd == LC_SEGMENT_64, size);
      case LC_SYMTAB -> nsyms = Integer.toUnsignedLong(need(c, 24, "LC_SYMTAB").getInt(12));
      case LC_DYSYMTAB -> {
        need(c, 32, "LC_DYSYMTAB");
        hasDysymtab = true;
        definedSyms = Integer.toUnsignedLong(c.getInt(12)) + Integer.toUnsignedLong(c.getInt(20));
      }
      case LC_LOAD_DYLIB,
          LC_LOAD_WEAK_DYLIB,
          LC_REEXPORT_DYLIB,
          LC_LAZY_LOAD_DYLIB,
          LC_LOAD_UPWARD_DYLIB ->
          f.neededLibraries.add(lcString(c, size, "dylib"));
      case LC_LOAD_DYLINKER -> f.interpreter = lcString(c, size, "LC_LOAD_DYLINKER");
      case LC_VERSION_MIN_IPHONEOS -> f.goos = GoOs.IOS;
      case LC_VERSION_MIN_MACOSX -> f.goos = GoOs.DARWIN;
      case LC_BUILD_VERSION -> {
        int platform = need(c, 12, "LC_BUILD_VERSION").getInt(8);
        // 1 macOS; 2 iOS, 6 Mac Catalyst, 7 iOS simulator: Go calls all of these ios.
        f.goos = platform == 2 || platform == 6 || platform == 7 ? GoOs.IOS : GoOs.DARWIN;
      }
      default -> {
        // Other load commands say nothing this report needs.
      }
    }
  }

  private void segment(ByteBuffer c, boolean seg64, int size) {
    int head = seg64 ? 72 : 56;
    int sect = seg64 ? 80 : 68;
    need(c, head, "LC_SEGMENT");
    String name = Strings.cString(bytes(c, 8, 16), 0, 16);
    long vmaddr = seg64 ? c.getLong(24) : Integer.toUnsignedLong(c.getInt(24));
    long vmsize = seg64 ? c.getLong(32) : Integer.toUnsignedLong(c.getInt(28));
    long fileoff = seg64 ? c.getLong(40) : Integer.toUnsignedLong(c.getInt(32));
    long filesize = seg64 ? c.getLong(48) : Integer.toUnsignedLong(c.getInt(36));
    int maxprot = c.getInt(seg64 ? 56 : 40);
    int initprot = c.getInt(seg64 ? 60 : 44);
    long nsects = Integer.toUnsignedLong(c.getInt(seg64 ? 64 : 48));
    if (nsects > (size - head) / sect) {
      throw new BadBinaryException(
          "Mach-O segment "
              + name
              + " claims "
              + nsects
              + " sections but its load command has room for "
              + (size - head) / sect);
    }
    if (filesize != 0 && !in.contains(fileoff, filesize)) {
      throw new BadBinaryException(
          "Mach-O segment "
              + name
              + " (offset "
              + Long.toUnsignedString(fileoff)
              + ", "
              + Long.toUnsignedString(filesize)
              + " bytes) lies past the end of the"
              + " file ("
              + in.size()
              + " bytes)");
    }
    if (!name.equals("__PAGEZERO")) {
      f.segments.add(new Facts.Segment(vmaddr, fileoff, filesize));
    }
    if (name.equals("__DWARF")) {
      f.debugInfo = true;
    }
    boolean sectionFound = false;
    for (int i = 0; i < nsects; i++) {
      int b = head + i * sect;
      String sname = Strings.cString(bytes(c, b, 16), 0, 16);
      long addr = seg64 ? c.getLong(b + 32) : Integer.toUnsignedLong(c.getInt(b + 32));
      long ssize = seg64 ? c.getLong(b + 40) : Integer.toUnsignedLong(c.getInt(b + 36));
      if (sname.startsWith("__debug_") || sname.startsWith("__zdebug_")) {
        f.debugInfo = true;
      }
      if (sname.equals("__gopclntab") || sname.equals("__go_buildinfo")) {
        f.goEvidence = true;
      }
      if (sname.equals("__go_buildinfo")) {
        f.dataAddr = addr;
        f.dataSize = ssize;
        sectionFound = true;
      }
    }
    // Go's DataStart falls back to the first non-empty read-write segment.
    if (!sectionFound
        && f.dataSize == 0
        && vmaddr != 0
        && filesize != 0
        && maxprot == 3
        && initprot == 3) {
      f.dataAddr = vmaddr;
      f.dataSize = vmsize;
    }
  }

  private static ByteBuffer need(ByteBuffer c, int size, String what) {
    if (c.capacity() < size) {
      throw new BadBinaryException(
          "Mach-O " + what + " load command is shorter than " + size + " bytes");
    }
    return c;
  }

  private static byte[] bytes(ByteBuffer c, int at, int len) {
    byte[] b = new byte[len];
    c.get(at, b);
    return b;
  }

  private static String lcString(ByteBuffer c, int size, String what) {
    need(c, 12, what);
    long at = Integer.toUnsignedLong(c.getInt(8));
    if (at >= size) {
      throw new BadBinaryException(
          "Mach-O " + what + " name offset " + at + " lies outside its" + " load command");
    }
    return Strings.cString(bytes(c, (int) at, size - (int) at), 0);
  }
}
