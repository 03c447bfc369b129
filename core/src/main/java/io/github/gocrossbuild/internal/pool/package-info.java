/** A pool of build hosts: placement, per-run host state, and builds that fail over. */
package io.github.gocrossbuild.internal.pool;
