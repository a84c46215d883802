package tech.integratn.vcluster.domain.argocdapplication;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.CrdTexts;
import io.vavr.control.Either;
import tech.integratn.vcluster.domain.contract.Accepted;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.contract.Promise;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.contract.RequestStatus;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * The argocd-application promise (spec 9.5): one Argo CD Application per request, from a field
 * table, a decoder that collects every problem, a renderer and a status. Delete lists what
 * configure renders now and never refuses.
 */
public final class ArgoCDApplicationPromise extends Promise<ApplicationRequest> {

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
  public Either<Rejection, Accepted<ApplicationRequest>> decode(Node document, PlatformProfile profile, String promiseName,
      boolean rejectUnknown) {
    return ArgoCDApplicationDecoder.decode(document, profile, rejectUnknown);
  }

  @Override
  protected Rendering<ApplicationRequest> render(ApplicationRequest request, PlatformProfile profile, String promiseName) {
    return Rendering.of(request, List.of(ArgoCDApplicationRenderer.render(request, promiseName)),
        ArgoCDApplicationStatus.configured(request));
  }

  @Override
  public RequestStatus deleting(String name) {
    return ArgoCDApplicationStatus.deleting(name);
  }

  @Override
  public RequestStatus invalid(Option<String> name, Seq<String> problems) {
    return ArgoCDApplicationStatus.invalid(name, problems);
  }


}
