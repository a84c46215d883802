package tech.integratn.vcluster.domain.argocdproject;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
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
 * The argocd-project promise (spec 9.4): an Argo CD AppProject from an {@code ArgoCDProject}
 * request, with the field table of {@link ArgoCDProjectFields}, the decoder, the renderer and the
 * status of this package.
 */
public final class ArgoCDProjectPromise extends NamedSubPromise {

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
  public Either<Rejection, SubRequestRendering> configure(Node document, PlatformProfile profile, String promiseName) {
    DecodedProject decoded = ArgoCDProjectDecoder.decode(document, profile,
        profile.unknownFields() == UnknownFieldPolicy.REJECT);
    if (decoded.spec().isEmpty()) {
      return Either.left(new Rejection(decoded.problems(), decoded.warnings()));
    }
    ArgoCDProjectSpec spec = decoded.spec().get();
    return Either.right(new SubRequestRendering(ArgoCDProjectRenderer.files(spec, profile, promiseName),
        ArgoCDProjectStatus.configured(spec.name(), ArgoCDProjectRenderer.namespace(spec, profile)), decoded.warnings()));
  }

  /** Never refuses: unknown fields only warn, and a request that no longer validates lists nothing. */
  @Override
  public SubRequestDeletion delete(Node document, PlatformProfile profile, String promiseName) {
    DecodedProject decoded = ArgoCDProjectDecoder.decode(document, profile, false);
    ArgoCDProjectStatus status = ArgoCDProjectStatus.deleting(FieldReader.requestName(document));
    if (decoded.spec().isDefined()) {
      return new SubRequestDeletion(ArgoCDProjectRenderer.files(decoded.spec().get(), profile, promiseName),
          Vector.empty(), status);
    }
    return SubRequestDeletion.unlisted(decoded.problems(), status);
  }

  @Override
  public RequestStatus invalid(Option<String> name, Seq<String> problems) {
    return ArgoCDProjectStatus.invalid(name, problems);
  }
}
