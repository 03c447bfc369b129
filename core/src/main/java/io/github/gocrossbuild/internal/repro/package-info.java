/** Reproducibility across hosts: building twice, and explaining why two binaries differ. */
package io.github.gocrossbuild.internal.repro;
