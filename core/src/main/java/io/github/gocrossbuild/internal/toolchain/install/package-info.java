/**
 * Installing Go distributions: download with a checksum, a small tar reader, safe unpacking, the
 * per-version lock and the per-OS cache directory. Not API.
 */
package io.github.gocrossbuild.internal.toolchain.install;
