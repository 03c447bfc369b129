package io.github.gocrossbuild;

/**
 * How far a Go distribution download has got; sent to the listener set with {@link
 * GoDownloads#listener(java.util.function.Consumer)}, at most a few times a second plus once at the
 * end.
 *
 * @param url what is being downloaded
 * @param bytes bytes received so far
 * @param totalBytes the size the server announced, or -1 when it did not
 */
public record DownloadProgress(String url, long bytes, long totalBytes) {}
