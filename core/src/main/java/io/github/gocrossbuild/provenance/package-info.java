/**
 * Signed provenance of builds: every {@link io.github.gocrossbuild.BuildResult} carries an in-toto
 * Statement v1 with an SLSA provenance v1 predicate ({@code provenance()}); with {@code
 * GoCrossBuilder.attest(key)} it is signed into a DSSE envelope beside the artifact, which {@link
 * io.github.gocrossbuild.provenance.Attestations#verify} and {@code cosign verify-blob-attestation}
 * both check.
 */
package io.github.gocrossbuild.provenance;
