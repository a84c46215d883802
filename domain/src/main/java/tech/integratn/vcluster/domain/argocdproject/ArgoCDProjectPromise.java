package tech.integratn.vcluster.domain.argocdproject;

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
 * The argocd-project promise (spec 9.4): an Argo CD AppProject from an {@code ArgoCDProject}
 * request, with the field table of {@link ArgoCDProjectFields}, the decoder, the renderer and the
 * status of this package.
 */
public final class ArgoCDProjectPromise extends Promise<ProjectRequest> {

  public static final String KIND = "ArgoCDProject";
  public static final String PROMISE_NAME = "argocd-project";

  static final CrdTexts TEXTS = new CrdTexts(
      "ArgoCDProject requests an Argo CD AppProject: the repositories its applications may deploy from, where they"
          + " may deploy to and which kinds.",
      "Written by the pipeline: phase, message, the project's name and namespace.",
      StringMap.of("spec", "The requested AppProject. An optional field that is absent or null (or, for a string,"
          + " empty) takes its default."));

  /** The one instance. */
  public static final ArgoCDProjectPromise INSTANCE = new ArgoCDProjectPromise();

  private ArgoCDProjectPromise() {
    super(KIND, PROMISE_NAME, TEXTS);
  }

  @Override
  public Seq<RequestField> fields(PlatformProfile profile) {
    return ArgoCDProjectFields.all(profile);
  }

  @Override
  public Either<Rejection, Accepted<ProjectRequest>> decode(Node document, PlatformProfile profile, String promiseName,
      boolean rejectUnknown) {
    return ArgoCDProjectDecoder.decode(document, profile, rejectUnknown);
  }

  @Override
  protected Rendering<ProjectRequest> render(ProjectRequest spec, PlatformProfile profile, String promiseName) {
    return Rendering.of(spec, ArgoCDProjectRenderer.files(spec, profile, promiseName),
        ArgoCDProjectStatus.configured(spec.name(), ArgoCDProjectRenderer.namespace(spec, profile)));
  }

  @Override
  public RequestStatus deleting(String name) {
    return ArgoCDProjectStatus.deleting(name);
  }

  @Override
  public RequestStatus invalid(Option<String> name, Seq<String> problems) {
    return ArgoCDProjectStatus.invalid(name, problems);
  }
}
