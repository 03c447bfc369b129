/**
 * The project's one JSON/JSONC reader, used by core (VS Code files, {@code go env -json}), ssh (the
 * sync record) and schema (the validator's Jackson tree and source map). Not API; the lead exports
 * this package only {@code to} the ssh and schema modules.
 *
 * <p>Shape: {@link io.github.gocrossbuild.internal.jsonc.JsoncReader} (with its package-private
 * scanner and path) drives a {@link io.github.gocrossbuild.internal.jsonc.JsoncHandler}, handing it
 * every value with its line, column, start and end offsets and JSON pointer; each consumer builds
 * what it needs ({@link io.github.gocrossbuild.internal.jsonc.JsoncTree} here, the span index of
 * the config merge, a Jackson tree in schema). Offsets are plain ints on the one moving location,
 * so a token costs no allocation for them. {@link
 * io.github.gocrossbuild.internal.jsonc.JsoncSyntax} says what a kind of document may contain;
 * tolerances a consumer wants reported (a trailing comma in devcontainer.json, an empty VS Code
 * file) come as handler events, so the environment model stays as lenient as VS Code while the
 * validator reports them, and both accept and refuse exactly the same text. {@link
 * io.github.gocrossbuild.internal.jsonc.JsoncLimits} holds the one set of limits; every refusal is
 * a {@link io.github.gocrossbuild.internal.jsonc.JsoncException} naming input, line:column,
 * pointer, problem and fix.
 *
 * <p>Why its own scanner rather than Jackson's streaming parser: core has no run-time dependencies,
 * and measurement gave Jackson no edge that would justify one. Walking every token with its
 * position and value (thread CPU time, median of seven rounds, each variant in a fresh JVM, on a
 * shared 2-core machine; {@code benchmarks/JsoncReadBench}): the 1 MB tasks.json took 3.4-4.4 ms
 * with this scanner and 3.2-4.9 ms with Jackson 3.1 ({@code ALLOW_JAVA_COMMENTS}, {@code
 * ALLOW_TRAILING_COMMA}), the same within noise; the 1.4 KB settings.json 3.1-3.6 us against
 * 5.7-5.9 us. Jackson also skips a trailing comma silently where devcontainer.json needs it
 * reported, and words errors as parser states rather than as the fix a user should make.
 */
package io.github.gocrossbuild.internal.jsonc;
