package io.github.gocrossbuild.internal.provenance;

import io.github.gocrossbuild.internal.plan.TargetPlan;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * What a build's statement needs before its bytes exist: the parts the plan decides ({@link
 * PlanParts}) and, for an ECDSA P-256 key, the signature's first half ({@link Presignature}). A
 * signed build makes both on one other thread while {@code go build} runs, the parts first, since
 * {@code go build} leaves the caller's thread waiting and the statement is then certain to be
 * needed; an unsigned build renders the parts on first use and makes no presignature.
 *
 * @param parts the parts, the same object on every call; a failure to render them is thrown there
 * @param presignature the presignature, when there is one
 */
public record StatementPrep(
    Supplier<PlanParts> parts, Supplier<Optional<Presignature>> presignature) {

  /**
   * Starts what a plan's statement needs.
   *
   * @param plan the plan
   * @return the parts and the presignature, in the making
   */
  public static StatementPrep start(TargetPlan plan) {
    if (plan.spec().attestKey().isEmpty()) {
      return new StatementPrep(PlanParts.lazy(plan), Optional::empty);
    }
    CompletableFuture<PlanParts> parts = new CompletableFuture<>();
    CompletableFuture<Optional<Presignature>> presignature = new CompletableFuture<>();
    CompletableFuture.runAsync(
        () -> {
          try {
            parts.complete(PlanParts.of(plan));
          } catch (RuntimeException e) {
            parts.completeExceptionally(e);
          }
          presignature.complete(Presignature.forPlan(plan));
        });
    return new StatementPrep(() -> joined(parts), presignature::join);
  }

  private static PlanParts joined(CompletableFuture<PlanParts> parts) {
    try {
      return parts.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
