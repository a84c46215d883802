package tech.integratn.vcluster.domain.cleanup;

/**
 * Why a delete makes no host clean-up plan (spec 7.1, 10.3): the selector is built only from a
 * valid {@code spec.name} and target namespace. Rendered by {@link CleanupTexts#render(NoCleanupPlan)}.
 */
public sealed interface NoCleanupPlan {

  /** {@code spec.name} is absent or not a text; {@code metadata.name} never stands in. */
  record NameAbsent() implements NoCleanupPlan {}

  /** {@code spec.name} is a text but not a DNS label. */
  record NameInvalid(String value) implements NoCleanupPlan {}

  /** Neither {@code spec.targetNamespace} nor {@code metadata.namespace} is written. */
  record TargetNamespaceAbsent() implements NoCleanupPlan {}

  /** The target namespace's field ({@code field}) is written but not a text. */
  record TargetNamespaceNotText(String field) implements NoCleanupPlan {}

  /** The target namespace's field ({@code field}) is a text but not a DNS label. */
  record TargetNamespaceInvalid(String field, String value) implements NoCleanupPlan {}

  /** The profile turns the clean-up off. */
  record TurnedOff() implements NoCleanupPlan {}

  /** The promise has no host clean-up (only the orchestrator's delete has one). */
  record NotThisPromise(String promiseName) implements NoCleanupPlan {}
}
