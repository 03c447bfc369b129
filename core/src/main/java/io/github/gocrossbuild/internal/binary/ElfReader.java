package io.github.gocrossbuild.internal.binary;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.binary.BinaryFormat;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads the ELF header, program headers, section headers, notes, the dynamic section and {@code
 * .gnu.version_r}; never the code or data. Constants from the System V gABI and Go's {@code
 * cmd/link/internal/ld/elf.go}.
 */
final class ElfReader {
  private static final int PT_LOAD = 1;
  private static final int PT_DYNAMIC = 2;
  private static final int PT_INTERP = 3;
  private static final int PT_NOTE = 4;
  private static final int SHT_SYMTAB = 2;
  private static final int SHT_NOTE = 7;
  private static final int SHT_NOBITS = 8;
  private static final int SHT_GNU_VERNEED = 0x6ffffffe;
  private static final int ET_DYN = 3;
  private static final long DT_NEEDED = 1;
  private static final long DT_STRTAB = 5;
  private static final long DT_STRSZ = 10;
  private static final long DT_FLAGS_1 = 0x6ffffffbL;
  private static final long DF_1_PIE = 0x08000000L;

  /** Section and segment counts above this are hostile: real binaries have a few dozen. */
  private static final int MAX_ENTRIES = 1 << 16;

  private final Input in;
  private final Facts f = new Facts();
  private ByteOrder order;
  private boolean is64;

  private ElfReader(Input in) {
    this.in = in;
  }

  static Facts read(Input in) {
    return new ElfReader(in).parse();
  }

  private Facts parse() {
    byte[] ident = in.bytes(0, 16, "ELF identification");
    is64 =
        switch (ident[4]) {
          case 1 -> false;
          case 2 -> true;
          default ->
              throw new BadBinaryException("ELF class " + ident[4] + " is neither 32 nor 64-bit");
        };
    order =
        switch (ident[5]) {
          case 1 -> ByteOrder.LITTLE_ENDIAN;
          case 2 -> ByteOrder.BIG_ENDIAN;
          default -> throw new BadBinaryException("ELF data encoding " + ident[5] + " is invalid");
        };
    f.format = BinaryFormat.ELF;
    f.bits = is64 ? 64 : 32;
    f.byteOrder = order;
    ByteBuffer h = in.buffer(0, is64 ? 64 : 52, order, "ELF header");
    int type = u16(h, 16);
    int machine = u16(h, 18);
    long phoff = word(h, is64 ? 32 : 28);
    long shoff = word(h, is64 ? 40 : 32);
    int phentsize = u16(h, is64 ? 54 : 42);
    int phnum = u16(h, is64 ? 56 : 44);
    int shentsize = u16(h, is64 ? 58 : 46);
    int shnum = u16(h, is64 ? 60 : 48);
    int shstrndx = u16(h, is64 ? 62 : 50);
    machine(machine);
    osFromAbi(ident[7]);

    Section[] sections = sections(shoff, shentsize, shnum, shstrndx);
    for (Section s : sections) {
      section(s, sections);
    }
    boolean dynamicNeeded = programs(phoff, phentsize, phnum, sections);
    f.staticallyLinked = f.interpreter == null && !dynamicNeeded;
    f.pie = type == ET_DYN && (f.interpreter != null || f.pie);
    if (f.interpreter != null && f.goos == null) {
      f.goos = osFromInterpreter(f.interpreter);
    }
    return f;
  }

  private void machine(int machine) {
    boolean le = order == ByteOrder.LITTLE_ENDIAN;
    f.machine = MachineNames.elf(machine);
    f.goarch =
        switch (machine) {
          case 3 -> GoArch.I386;
          case 62 -> GoArch.AMD64;
          case 40 -> GoArch.ARM;
          case 183 -> GoArch.ARM64;
          case 243 -> is64 ? GoArch.RISCV64 : null;
          case 21 -> le ? GoArch.PPC64LE : GoArch.PPC64;
          case 22 -> is64 ? GoArch.S390X : null;
          case 8, 10 ->
              is64 ? (le ? GoArch.MIPS64LE : GoArch.MIPS64) : (le ? GoArch.MIPSLE : GoArch.MIPS);
          case 258 -> GoArch.LOONG64;
          default -> null;
        };
  }

  private void osFromAbi(int abi) {
    f.goos =
        switch (abi) {
          case 2 -> GoOs.NETBSD;
          case 3 -> GoOs.LINUX;
          case 6 -> GoOs.SOLARIS;
          case 7 -> GoOs.AIX;
          case 9 -> GoOs.FREEBSD;
          case 12 -> GoOs.OPENBSD;
          default -> null;
        };
  }

  private static GoOs osFromInterpreter(String interp) {
    if (interp.startsWith("/system/bin/linker")) {
      return GoOs.ANDROID;
    }
    if (interp.contains("ld-linux") || interp.contains("ld-musl")) {
      return GoOs.LINUX;
    }
    if (interp.equals("/libexec/ld-elf.so.1")) {
      return GoOs.FREEBSD;
    }
    if (interp.equals("/usr/libexec/ld.so")) {
      return GoOs.OPENBSD;
    }
    if (interp.equals("/libexec/ld.elf_so") || interp.equals("/usr/libexec/ld.elf_so")) {
      return GoOs.NETBSD;
    }
    return null;
  }

  /** One section header, with its name resolved. */
  private static final class Section {
    String name = "";
    int nameOffset;
    int type;
    long addr;
    long offset;
    long size;
    int link;
  }

  private Section[] sections(long shoff, int shentsize, int shnum, int shstrndx) {
    if (shoff == 0) {
      return new Section[0];
    }
    int minEnt = is64 ? 64 : 40;
    if (shentsize < minEnt) {
      throw new BadBinaryException(
          "ELF section header size " + shentsize + " is smaller than " + minEnt);
    }
    long count = shnum;
    if (shnum == 0 || shstrndx == 0xffff) {
      // Extended numbering: the real values live in section header 0.
      ByteBuffer first = in.buffer(shoff, minEnt, order, "ELF section header 0");
      if (shnum == 0) {
        count = word(first, is64 ? 32 : 20);
      }
      if (shstrndx == 0xffff) {
        shstrndx = first.getInt(is64 ? 40 : 24);
      }
    }
    if (count <= 0 || count > MAX_ENTRIES) {
      throw new BadBinaryException(
          "ELF section count " + Long.toUnsignedString(count) + " is implausible");
    }
    ByteBuffer t = in.buffer(shoff, count * shentsize, order, "ELF section header table");
    Section[] result = new Section[(int) count];
    for (int i = 0; i < count; i++) {
      int b = i * shentsize;
      Section s = new Section();
      s.nameOffset = t.getInt(b);
      s.type = t.getInt(b + 4);
      s.addr = word(t, b + (is64 ? 16 : 12));
      s.offset = word(t, b + (is64 ? 24 : 16));
      s.size = word(t, b + (is64 ? 32 : 20));
      s.link = t.getInt(b + (is64 ? 40 : 24));
      if (s.type != SHT_NOBITS && s.type != 0 && !in.contains(s.offset, s.size)) {
        throw new BadBinaryException(
            "ELF section "
                + i
                + " (offset "
                + Long.toUnsignedString(s.offset)
                + ", "
                + Long.toUnsignedString(s.size)
                + " bytes) lies past the end of the"
                + " file ("
                + in.size()
                + " bytes)");
      }
      result[i] = s;
    }
    if (shstrndx > 0 && shstrndx < count) {
      Section names = result[shstrndx];
      byte[] table = in.bytes(names.offset, names.size, "ELF section name table");
      for (Section s : result) {
        s.name = Strings.cString(table, s.nameOffset);
      }
    }
    return result;
  }

  private void section(Section s, Section[] all) {
    String n = s.name;
    if (s.type == SHT_SYMTAB) {
      f.stripped = false;
    }
    if (n.startsWith(".debug_") || n.startsWith(".zdebug_")) {
      f.debugInfo = true;
    }
    if (n.equals(".gopclntab") || n.equals(".go.buildinfo") || n.equals(".note.go.buildid")) {
      f.goEvidence = true;
    }
    if (n.equals(".go.buildinfo") && f.dataSize == 0) {
      f.dataAddr = s.addr;
      f.dataSize = s.size;
    }
    if (s.type == SHT_NOTE && s.size > 0) {
      notes(s.offset, s.size);
    }
    if (s.type == SHT_GNU_VERNEED && s.link > 0 && s.link < all.length) {
      Section strtab = all[s.link];
      f.requiredGlibc =
          GlibcVersions.highest(
              in.bytes(s.offset, s.size, "ELF .gnu.version_r"),
              in.bytes(strtab.offset, strtab.size, "ELF version string table"),
              order);
    }
  }

  /** Walks the program headers; returns true when the dynamic section names shared libraries. */
  private boolean programs(long phoff, int phentsize, int phnum, Section[] sections) {
    if (phnum == 0) {
      return false;
    }
    int minEnt = is64 ? 56 : 32;
    if (phentsize < minEnt) {
      throw new BadBinaryException(
          "ELF program header size " + phentsize + " is smaller than " + minEnt);
    }
    ByteBuffer t = in.buffer(phoff, (long) phnum * phentsize, order, "ELF program header table");
    long dynOff = -1;
    long dynSize = 0;
    boolean dataFound = f.dataSize != 0;
    for (int i = 0; i < phnum; i++) {
      int b = i * phentsize;
      int type = t.getInt(b);
      int flags = is64 ? t.getInt(b + 4) : t.getInt(b + 24);
      long offset = word(t, b + (is64 ? 8 : 4));
      long vaddr = word(t, b + (is64 ? 16 : 8));
      long filesz = word(t, b + (is64 ? 32 : 16));
      long memsz = word(t, b + (is64 ? 40 : 20));
      if (type == PT_LOAD || type == PT_INTERP || type == PT_DYNAMIC || type == PT_NOTE) {
        if (!in.contains(offset, filesz)) {
          throw new BadBinaryException(
              "ELF segment "
                  + i
                  + " (offset "
                  + Long.toUnsignedString(offset)
                  + ", "
                  + Long.toUnsignedString(filesz)
                  + " bytes) lies past the end of the"
                  + " file ("
                  + in.size()
                  + " bytes)");
        }
      }
      f.segments.add(new Facts.Segment(vaddr, offset, in.contains(offset, filesz) ? filesz : 0));
      // Go's DataStart: the first loadable segment that is writable but not executable.
      if (type == PT_LOAD && (flags & 3) == 2 && !dataFound) {
        f.dataAddr = vaddr;
        f.dataSize = memsz;
        dataFound = true;
      }
      if (type == PT_INTERP) {
        f.interpreter =
            Strings.cString(in.bytes(offset, Math.min(filesz, 4096), "ELF interpreter"), 0);
      } else if (type == PT_DYNAMIC) {
        dynOff = offset;
        dynSize = filesz;
      } else if (type == PT_NOTE && sections.length == 0) {
        notes(offset, filesz);
      }
    }
    return dynOff >= 0 && dynamic(dynOff, dynSize);
  }

  private boolean dynamic(long offset, long size) {
    int ent = is64 ? 16 : 8;
    long count = Math.min(size / ent, MAX_ENTRIES);
    ByteBuffer d = in.buffer(offset, count * ent, order, "ELF dynamic section");
    long strtab = -1;
    long strsz = 0;
    java.util.List<Long> needed = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      long tag = word(d, i * ent);
      long val = word(d, i * ent + ent / 2);
      if (tag == 0) {
        break;
      } else if (tag == DT_NEEDED) {
        needed.add(val);
      } else if (tag == DT_STRTAB) {
        strtab = val;
      } else if (tag == DT_STRSZ) {
        strsz = val;
      } else if (tag == DT_FLAGS_1 && (val & DF_1_PIE) != 0) {
        f.pie = true;
      }
    }
    if (needed.isEmpty()) {
      return false;
    }
    long[] where = strtab < 0 ? null : f.map(strtab);
    if (where == null) {
      throw new BadBinaryException(
          "ELF dynamic string table address 0x"
              + Long.toHexString(strtab)
              + " is not in any segment");
    }
    long len = Math.min(where[1], strsz > 0 ? strsz : 64 * 1024);
    byte[] strings = in.bytes(where[0], Math.min(len, Input.MAX_READ), "ELF dynamic string table");
    for (long n : needed) {
      if (n < 0 || n >= strings.length) {
        throw new BadBinaryException(
            "ELF DT_NEEDED name offset " + n + " is outside the dynamic" + " string table");
      }
      f.neededLibraries.add(Strings.cString(strings, (int) n));
    }
    return true;
  }

  private void notes(long offset, long size) {
    byte[] data = in.bytes(offset, Math.min(size, 64 * 1024), "ELF note");
    ByteBuffer b = ByteBuffer.wrap(data).order(order);
    int pos = 0;
    while (pos + 12 <= data.length) {
      long namesz = Integer.toUnsignedLong(b.getInt(pos));
      long descsz = Integer.toUnsignedLong(b.getInt(pos + 4));
      int type = b.getInt(pos + 8);
      long nameEnd = pos + 12L + namesz;
      long descStart = pos + 12L + align4(namesz);
      long descEnd = descStart + descsz;
      if (descEnd > data.length || nameEnd > data.length) {
        return;
      }
      String name = Strings.cString(data, pos + 12, (int) namesz);
      String desc =
          new String(
              data, (int) descStart, (int) descsz, java.nio.charset.StandardCharsets.ISO_8859_1);
      note(name, type, desc, data, (int) descStart);
      pos = (int) (descStart + align4(descsz));
    }
  }

  private void note(String name, int type, String desc, byte[] data, int descStart) {
    if (name.equals("Go") && type == 4) {
      f.goEvidence = true;
      f.buildId = Strings.utf8(desc);
    } else if (name.equals("Android") && f.goos == null) {
      f.goos = GoOs.ANDROID;
    } else if (name.equals("NetBSD") && f.goos == null) {
      f.goos = GoOs.NETBSD;
    } else if (name.equals("OpenBSD") && f.goos == null) {
      f.goos = GoOs.OPENBSD;
    } else if (name.equals("FreeBSD") && f.goos == null) {
      f.goos = GoOs.FREEBSD;
    } else if (name.equals("GNU") && type == 1 && desc.length() >= 4 && f.goos == null) {
      // NT_GNU_ABI_TAG: the first word is the OS (0 Linux, 2 Solaris, 3 FreeBSD).
      int os = ByteBuffer.wrap(data, descStart, 4).order(order).getInt();
      f.goos = os == 0 ? GoOs.LINUX : os == 2 ? GoOs.SOLARIS : os == 3 ? GoOs.FREEBSD : null;
    }
  }

  private static long align4(long n) {
    return (n + 3) & ~3L;
  }

  private long word(ByteBuffer b, int at) {
    return is64 ? b.getLong(at) : Integer.toUnsignedLong(b.getInt(at));
  }

  private static int u16(ByteBuffer b, int at) {
    return Short.toUnsignedInt(b.getShort(at));
  }
}
