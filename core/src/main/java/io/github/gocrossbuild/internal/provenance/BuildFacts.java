package io.github.gocrossbuild.internal.provenance;

import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a statement is made from: the plan that was carried out and what the proof found, never
 * anything worked out again.
 *
 * @param plan the target's plan
 * @param parts the statement's parts the plan decides ({@link StatementPrep})
 * @param binary the proven binary
 * @param sha256 the SHA-256 of the bytes written, lower-case hex
 * @param source the digest of the module's source tree
 * @param startedOn when the build started
 * @param finishedOn when the artifact was proven
 * @param warnings the build's warnings
 */
public record BuildFacts(
    TargetPlan plan,
    Supplier<PlanParts> parts,
    GoBinary binary,
    String sha256,
    SourceTree source,
    Instant startedOn,
    Instant finishedOn,
    List<BuildWarning> warnings) {}
