package tech.integratn.vcluster.domain.argocdapplication;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.CrdTexts;
import tech.integratn.vcluster.domain.contract.FieldReader;
import tech.integratn.vcluster.domain.contract.NamedSubPromise;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.contract.RequestStatus;
import tech.integratn.vcluster.domain.contract.SubRequestDeletion;
import tech.integratn.vcluster.domain.contract.SubRequestRendering;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.UnknownFieldPolicy;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * The argocd-application promise (spec 9.5): one Argo CD Application per request, from a field
 * table, a decoder that collects every problem, a renderer and a status. Delete lists what
 * configure renders now and never refuses.
 */
public final class ArgoCDApplicationPromise extends NamedSubPromise {

  public static final String KIND = "ArgoCDApplication";
  public static final String PROMISE_NAME = "argocd-application";

  static final CrdTexts TEXTS = new CrdTexts(
      "ArgoCDApplication requests one Argo CD Application: a Helm chart (or other source) deployed to a cluster "
          + "and namespace, with its sync policy.",
      "Written by the pipeline: phase, message, applicationName, namespace and project.",
      StringMap.empty()
          .put("spec", "The requested Argo CD Application. An optional field that is absent or null (or, for a "
              + "string, empty) takes its default.")
          .put("spec.source", "What the Application deploys: repository, chart and revision, and the Helm settings.")
          .put("spec.source.helm", "Helm settings of the source; omitted from the Application when both are absent.")
          .put("spec.destination", "Where the Application deploys: the cluster's API server URL and the namespace."));

  /** The one instance. */
  public static final ArgoCDApplicationPromise INSTANCE = new ArgoCDApplicationPromise();

  private ArgoCDApplicationPromise() {
    super(KIND, PROMISE_NAME, TEXTS);
  }

  @Override
  public Seq<RequestField> fields(PlatformProfile profile) {
    return ArgoCDApplicationFields.all(profile);
  }

  @Override
  public Either<Rejection, SubRequestRendering> configure(Node document, PlatformProfile profile, String promiseName) {
    ApplicationDecoding decoded = ArgoCDApplicationDecoder.decode(document, profile,
        profile.unknownFields() == UnknownFieldPolicy.REJECT);
    if (decoded.request().isEmpty()) {
      return Either.left(new Rejection(decoded.problems(), decoded.warnings()));
    }
    ApplicationRequest request = decoded.request().get();
    return Either.right(new SubRequestRendering(List.of(ApplicationRenderer.render(request, promiseName)),
        ArgoCDApplicationStatus.configured(request), decoded.warnings()));
  }

  @Override
  public SubRequestDeletion delete(Node document, PlatformProfile profile, String promiseName) {
    ApplicationDecoding decoded = ArgoCDApplicationDecoder.decode(document, profile, false);
    if (decoded.request().isDefined()) {
      ApplicationRequest request = decoded.request().get();
      return new SubRequestDeletion(List.of(ApplicationRenderer.render(request, promiseName)), List.empty(),
          ArgoCDApplicationStatus.deleting(request.name()));
    }
    return SubRequestDeletion.unlisted(decoded.problems(),
        ArgoCDApplicationStatus.deleting(FieldReader.requestName(document)));
  }

  @Override
  public RequestStatus invalid(Option<String> name, Seq<String> problems) {
    return ArgoCDApplicationStatus.invalid(name, problems);
  }


}
