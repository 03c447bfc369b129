/**
 * The artifact cache behind {@link io.github.gocrossbuild.cache.BuildCache}: the key made from a
 * plan ({@link io.github.gocrossbuild.internal.cache.CacheKey}), what decides it, and the directory
 * store. The build runner fetches and stores through it. Not API.
 */
package io.github.gocrossbuild.internal.cache;
