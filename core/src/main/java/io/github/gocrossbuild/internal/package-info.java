/**
 * Implementation of GoCrossBuild; not API, may change in any release. Users must not depend on
 * these packages.
 *
 * <p>The project's own modules, always released together with core at one version (see the BOM),
 * use a few of these classes on purpose rather than widening the API: {@link
 * io.github.gocrossbuild.internal.GoCrossStyle} (the Immutables style), {@link
 * io.github.gocrossbuild.internal.DottedVersions}, {@code internal.toolchain.ToolchainSearch}
 * (where the SSH host looks for go), {@code internal.env.GoEnvFiles} (the go.env file locations)
 * and {@code internal.jsonc} (the one JSON/JSONC reader, for {@code go env -json}, the sync record
 * and the validator). A change to those must keep the ssh and schema modules compiling.
 */
package io.github.gocrossbuild.internal;
