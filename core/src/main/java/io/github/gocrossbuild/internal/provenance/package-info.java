/**
 * Provenance of builds: the in-toto statement made from a build's plan and proven binary, PEM keys
 * read with the JDK, DSSE signing and the reading and checking of envelopes.
 */
package io.github.gocrossbuild.internal.provenance;
