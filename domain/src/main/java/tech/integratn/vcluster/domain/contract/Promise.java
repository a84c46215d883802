package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.cleanup.HostCleanupPlan;
import tech.integratn.vcluster.domain.cleanup.NoCleanupPlan;
import tech.integratn.vcluster.domain.conflicts.RequestClaims;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.UnknownFieldPolicy;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * One of the four promises of section 9.1 (the orchestrator and the three sub-promises): its kind,
 * promise name, field table and CRD texts, its decode (every rule, the cross-field ones included,
 * every problem at once), its render, its statuses and its lenient delete listing, plus two optional
 * hooks only the orchestrator has (the chart values to check, the host clean-up plan). The steps
 * every promise takes the same way, configure and delete, are written here once; each
 * implementation lives in its own package and writes only its rules.
 *
 * @param <R> the promise's typed request (for the orchestrator, the plan its rules produce)
 */
public abstract class Promise<R> {

  private final String kind;
  private final String promiseName;
  private final CrdTexts crdTexts;

  protected Promise(String kind, String promiseName, CrdTexts crdTexts) {
    this.kind = kind;
    this.promiseName = promiseName;
    this.crdTexts = crdTexts;
  }

  /** The request kind ({@code platform.integratn.tech/v1alpha1}), e.g. {@code ArgoCDProject}. */
  public final String kind() {
    return kind;
  }

  /** The promise name of section 9.1's table, e.g. {@code argocd-project}. */
  public final String promiseName() {
    return promiseName;
  }

  /** The CRD's descriptions that the field table does not carry. */
  public final CrdTexts crdTexts() {
    return crdTexts;
  }

  /** The field table: the single source of validation, the CRD schema and the docs. */
  public abstract Seq<RequestField> fields(PlatformProfile profile);

  /**
   * Reads {@code document} (the whole request object) against every rule of the promise, with
   * {@code promiseName} for whatever the rules derive from it; unknown fields are problems when
   * {@code rejectUnknown}, else warnings.
   */
  public abstract Either<Rejection, Accepted<R>> decode(
      Node document, PlatformProfile profile, String promiseName, boolean rejectUnknown);

  /** The files configure writes for {@code request} and the status after configure (no warnings). */
  protected abstract Rendering<R> render(R request, PlatformProfile profile, String promiseName);

  /** The status of a delete of the request named {@code name}. */
  public abstract RequestStatus deleting(String name);

  /** The status of a request refused by validation, for a suspended workflow. */
  public abstract RequestStatus invalid(Option<String> name, Seq<String> problems);

  /**
   * Validates {@code document} and renders it, with {@code promiseName} in the base labels; every
   * problem at once when it is refused. Unknown fields follow the profile's {@code unknownFields}.
   */
  public final Either<Rejection, Rendering<R>> configure(Node document, PlatformProfile profile, String promiseName) {
    Either<Rejection, Accepted<R>> decoded =
        decode(document, profile, promiseName, profile.unknownFields() == UnknownFieldPolicy.REJECT);
    if (decoded.isLeft()) {
      return Either.left(decoded.getLeft());
    }
    Accepted<R> accepted = decoded.get();
    return Either.right(render(accepted.request(), profile, promiseName).withWarnings(accepted.warnings()));
  }

  /**
   * What a delete logs and reports for {@code document}. Never refuses: unknown fields only warn,
   * and a request that no longer validates lists nothing but says why.
   */
  public Deletion delete(Node document, PlatformProfile profile, String promiseName) {
    Either<Rejection, Accepted<R>> decoded = decode(document, profile, promiseName, false);
    String name = FieldReader.requestName(document);
    if (decoded.isRight()) {
      return Deletion.listed(name, render(decoded.get().request(), profile, promiseName).files(), deleting(name));
    }
    return Deletion.unlisted(name, decoded.getLeft().problems(), deleting(name));
  }

  /** The chart values to check against the chart's values schema, when the promise renders a chart. */
  public Option<ChartValues> chartValues(Rendering<R> rendering) {
    return Option.none();
  }

  /**
   * The chart values this promise sets for an accepted request, each with the chain of sources that
   * set it (spec 12.3, {@code explain}), when the promise renders a chart; none otherwise.
   */
  public Option<io.vavr.collection.Seq<ExplainedValue>> explainedValues(R request) {
    return Option.none();
  }

  /**
   * What a rendering of {@code request} puts in place outside the cluster's API (only the cluster
   * registration's 1Password item, spec 9.9); none for the other promises.
   */
  public Seq<ExternalObject> externalObjects(R request) {
    return List.empty();
  }

  /**
   * What {@code rendering} of {@code document} claims that no other request of a repository may hold
   * (spec 12.1: hostnames, VIPs, the target namespace); {@link RequestClaims#NONE} but for the orchestrator.
   */
  public RequestClaims claims(Node document, Rendering<R> rendering, PlatformProfile profile) {
    return RequestClaims.NONE;
  }

  /** Whether a delete of this promise cleans up the host after it (spec 7.1; only the orchestrator's does). */
  public boolean cleansUpTheHost() {
    return false;
  }

  /**
   * The host clean-up plan after a delete of {@code document}, or why there is none for this
   * request; asked only of a promise that {@link #cleansUpTheHost()}, once the clean-up is on and the
   * host reachable.
   */
  public Either<NoCleanupPlan, HostCleanupPlan> hostCleanup(Node document, PlatformProfile profile) {
    return Either.left(new NoCleanupPlan.NotThisPromise(promiseName));
  }
}
