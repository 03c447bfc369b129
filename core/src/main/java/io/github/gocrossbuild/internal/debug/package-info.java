/**
 * Debug sessions: Delve's version rules and command line, finding and starting Delve on this
 * machine, and the VS Code attach configuration.
 */
package io.github.gocrossbuild.internal.debug;
