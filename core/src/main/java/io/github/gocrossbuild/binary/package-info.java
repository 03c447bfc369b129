/**
 * Reading executables in pure Java: {@link io.github.gocrossbuild.binary.GoBinary#read} reports
 * format, OS, architecture, linking, stripping and the embedded Go build info of ELF, PE, Mach-O,
 * XCOFF, WebAssembly and Plan 9 a.out files without running any tool.
 */
@GoCrossStyle
package io.github.gocrossbuild.binary;

import io.github.gocrossbuild.internal.GoCrossStyle;
