/**
 * The artifact cache: {@link io.github.gocrossbuild.cache.BuildCache} given to {@code
 * GoCrossBuilder.cache(...)} keeps proved artifacts by a SHA-256 of everything that decides their
 * bytes, so an unchanged build is fetched and proved instead of compiled. See the README's "Build
 * cache" section.
 */
package io.github.gocrossbuild.cache;
