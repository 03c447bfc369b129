package io.github.gocrossbuild.binary;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.InvalidBinaryException;
import io.github.gocrossbuild.InvalidTargetException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.Platforms;
import io.github.gocrossbuild.internal.binary.BadBinaryException;
import io.github.gocrossbuild.internal.binary.BinaryReader;
import io.github.gocrossbuild.internal.binary.Facts;
import io.github.gocrossbuild.internal.binary.Input;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an executable is, read from its headers in pure Java: format, OS, architecture, linking,
 * stripping and the Go build info. Only headers, tables and the build-info region are read, so
 * reading is fast and independent of the file size.
 *
 * <pre>{@code
 * GoBinary bin = GoBinary.read(Path.of("bin/app-linux-arm64"));
 * bin.goarch();                         // Optional[arm64]
 * bin.isStaticallyLinked();             // true
 * bin.buildInfo().flatMap(i -> i.setting("CGO_ENABLED"));   // Optional[0]
 * }</pre>
 */
@Value.Immutable
public abstract class GoBinary {

  GoBinary() {}

  /**
   * Reads an executable file.
   *
   * @param file an ELF, PE, Mach-O (thin or fat), XCOFF, WebAssembly or Plan 9 a.out file
   * @return the report
   * @throws InvalidBinaryException when the file does not exist, cannot be read, or is not a
   *     well-formed executable (empty, text, truncated, or with impossible header fields); the
   *     message names the file and the problem
   */
  public static GoBinary read(Path file) {
    Objects.requireNonNull(file, "file");
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      return read(file, channel);
    } catch (NoSuchFileException e) {
      throw new InvalidBinaryException(file, "no such file", e);
    } catch (IOException e) {
      throw new InvalidBinaryException(file, "cannot read: " + e, e);
    }
  }

  /**
   * Reads an executable from an open channel and reports it under the given path: for content that
   * is not at that path (yet), such as a temporary file about to be renamed there, or bytes held in
   * memory.
   *
   * @param file the path to report, in the result and in every message
   * @param channel the content, read by absolute position; not closed
   * @return the report
   * @throws InvalidBinaryException when the content is not a well-formed executable
   * @throws IOException when the channel cannot be read
   */
  public static GoBinary read(Path file, SeekableByteChannel channel) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(channel, "channel");
    try {
      Facts facts = BinaryReader.read(Input.of(channel));
      return toBinary(file, facts, channel.size());
    } catch (BadBinaryException e) {
      throw new InvalidBinaryException(file, e.getMessage());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static GoBinary toBinary(Path file, Facts f, long size) {
    Builder b =
        builder()
            .path(file)
            .fileSize(size)
            .format(f.format)
            .goos(Optional.ofNullable(f.goos))
            .goarch(Optional.ofNullable(f.goarch))
            .machine(f.machine)
            .bits(f.bits)
            .byteOrder(f.byteOrder)
            .isPie(f.pie)
            .isStaticallyLinked(f.staticallyLinked)
            .interpreter(Optional.ofNullable(f.interpreter))
            .neededLibraries(f.neededLibraries)
            .isStripped(f.stripped)
            .hasDebugInfo(f.debugInfo)
            .buildId(Optional.ofNullable(f.buildId))
            .isGo(f.goEvidence || f.goVersion != null)
            .goVersion(Optional.ofNullable(f.goVersion))
            .buildInfo(Optional.ofNullable(f.buildInfo))
            .buildInfoProblem(Optional.ofNullable(f.buildInfo == null ? f.buildInfoProblem : null))
            .requiredGlibc(Optional.ofNullable(f.requiredGlibc));
    for (Facts slice : f.slices) {
      b.addSlices(toBinary(file, slice, size));
    }
    return b.build();
  }

  /**
   * Returns the file that was read.
   *
   * @return the path as given to {@link #read(Path)}
   */
  public abstract Path path();

  /**
   * Returns the size of the file.
   *
   * @return bytes
   */
  public abstract long fileSize();

  /**
   * Returns the container format.
   *
   * @return e.g. {@link BinaryFormat#ELF}
   */
  public abstract BinaryFormat format();

  /**
   * Returns the operating system: from the file when it says so (PE, Mach-O, ELF OS ABI, notes, the
   * Android loader), otherwise from the build info's {@code GOOS}.
   *
   * @return the GOOS, or empty when neither tells
   */
  public abstract Optional<GoOs> goos();

  /**
   * Returns the architecture from the machine field of the header.
   *
   * @return the GOARCH, or empty for machines Go does not target (and fat files of mixed slices)
   */
  public abstract Optional<GoArch> goarch();

  /**
   * Returns the machine field of the header, named as {@code file(1)} names it.
   *
   * @return e.g. {@code ARM aarch64} and {@code x86-64} (ELF), {@code Aarch64} (PE), {@code arm64}
   *     (Mach-O); a machine {@code file} has no name for keeps its number ({@code ELF machine
   *     4242}, {@code PE machine 0x1234})
   */
  public abstract String machine();

  /**
   * Returns the word size of the file format.
   *
   * @return 32 or 64
   */
  public abstract int bits();

  /**
   * Returns the byte order of the header fields (and the code).
   *
   * @return {@link ByteOrder#BIG_ENDIAN} for s390x, ppc64, mips and mips64
   */
  public abstract ByteOrder byteOrder();

  /**
   * Tells whether the executable is position-independent (ELF {@code ET_DYN} with a loader, PE
   * {@code DYNAMIC_BASE}, Mach-O {@code MH_PIE}).
   *
   * @return true for PIE
   */
  public abstract boolean isPie();

  /**
   * Tells whether the executable runs without a dynamic loader and shared libraries.
   *
   * @return true for ELF without {@code PT_INTERP} and {@code DT_NEEDED}, PE without imports,
   *     Mach-O without dylibs
   */
  public abstract boolean isStaticallyLinked();

  /**
   * Tells whether the executable needs a dynamic loader or shared libraries.
   *
   * @return the negation of {@link #isStaticallyLinked()}
   */
  public boolean isDynamicallyLinked() {
    return !isStaticallyLinked();
  }

  /**
   * Returns the dynamic loader.
   *
   * @return e.g. {@code /lib64/ld-linux-x86-64.so.2}, {@code /system/bin/linker64}, {@code
   *     /usr/lib/dyld}
   */
  public abstract Optional<String> interpreter();

  /**
   * Returns the shared libraries the loader must find, in file order.
   *
   * @return e.g. {@code [libc.so.6]}, {@code [kernel32.dll]}, {@code [/usr/lib/libSystem.B.dylib]}
   */
  public abstract List<String> neededLibraries();

  /**
   * Tells whether the symbol table was removed ({@code -ldflags=-s}).
   *
   * @return true for ELF without {@code .symtab}, PE with zero COFF symbols, Mach-O with only
   *     import symbols
   */
  public abstract boolean isStripped();

  /**
   * Tells whether DWARF debug information is present ({@code .debug_*}, {@code .zdebug_*}, {@code
   * __DWARF}).
   *
   * @return true when the file carries DWARF
   */
  public abstract boolean hasDebugInfo();

  /**
   * Returns the Go build ID ({@code go tool buildid}).
   *
   * @return the ID, or empty for non-Go files
   */
  public abstract Optional<String> buildId();

  /**
   * Tells whether the Go linker wrote this file; true also when its build info is unreadable.
   *
   * @return true for Go executables
   */
  public abstract boolean isGo();

  /**
   * Returns the Go version that built the file, found even when the rest of the build info is not.
   *
   * @return e.g. {@code go1.23.5}
   */
  public abstract Optional<String> goVersion();

  /**
   * Returns the decoded build info ({@code go version -m}).
   *
   * @return the build info, or empty for non-Go files and unreadable blobs
   */
  public abstract Optional<GoBuildInfo> buildInfo();

  /**
   * Says why the build info of a Go file is unavailable.
   *
   * @return e.g. {@code could not parse Go build info: line 3: ...}; empty when it was read or the
   *     file is not Go
   */
  public abstract Optional<String> buildInfoProblem();

  /**
   * Returns the highest glibc symbol version the file needs ({@code .gnu.version_r}).
   *
   * @return e.g. {@code 2.34}; empty for static files and non-glibc files
   */
  public abstract Optional<String> requiredGlibc();

  /**
   * Returns the slices of a fat Mach-O file.
   *
   * @return one report per architecture; empty for all other formats
   */
  public abstract List<GoBinary> slices();

  /**
   * Returns the target this file was built for, with the variant recorded in the build info.
   *
   * @return e.g. {@code linux/arm/v7}; empty when OS or architecture is unknown
   */
  public Optional<Target> target() {
    if (goos().isEmpty()
        || goarch().isEmpty()
        || !Platforms.isSupported(goos().get(), goarch().get())) {
      return Optional.empty();
    }
    Target t = Target.of(goos().get(), goarch().get());
    Optional<String> variant =
        goarch().get().variantVariable().flatMap(v -> buildInfo().flatMap(i -> i.setting(v)));
    try {
      return Optional.of(variant.map(t::withVariant).orElse(t));
    } catch (InvalidTargetException e) {
      return Optional.of(t); // Go records some values (GOARM=8) that Target rightly refuses
    }
  }

  /**
   * Returns a build setting from the build info.
   *
   * @param key e.g. {@code CGO_ENABLED}
   * @return the value, or empty when there is no build info or no such setting
   */
  public Optional<String> setting(String key) {
    return buildInfo().flatMap(i -> i.setting(key));
  }

  /**
   * Describes the file over several lines, for logs and reports.
   *
   * @return e.g. format, target, linking, symbols, DWARF, Go version and build settings
   */
  public String describe() {
    return Describer.describe(this);
  }

  /**
   * Starts a builder, for tests and tools that make reports by hand.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GoBinary} values. */
  public static final class Builder extends ImmutableGoBinary.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }

  /**
   * Summarises the file on one line.
   *
   * @return e.g. {@code app: ELF 64-bit LSB linux/arm64, statically linked, stripped, go1.23.5}
   */
  @Override
  public String toString() {
    return Describer.summary(this);
  }
}
