package tech.integratn.vcluster.domain.clusterregistration;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.CrdTexts;
import tech.integratn.vcluster.domain.contract.ExternalObject;
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
 * The argocd-cluster-registration promise (spec 9.6, 9.7, 9.9): registers a cluster whose
 * kubeconfig is in a Secret with Argo CD through 1Password, with a sync Job and three
 * ExternalSecrets, never a Secret in git.
 */
public final class ArgoCDClusterRegistrationPromise extends Promise<ClusterRegistration> {

  public static final String KIND = "ArgoCDClusterRegistration";
  public static final String PROMISE_NAME = "argocd-cluster-registration";

  static final CrdTexts TEXTS = new CrdTexts(
      "ArgoCDClusterRegistration registers a cluster whose kubeconfig is in a Secret with Argo CD, through 1Password,"
          + " without a Secret in git.",
      "Written by the pipeline: phase, message, the cluster's name and URL, and the names of the 1Password item and"
          + " the Secrets involved.",
      StringMap.of("spec", "The cluster to register. An optional field that is absent or null (or, for a string, empty)"
          + " takes its default."));

  /** The kind a conflict names for the 1Password item the sync Job writes (not a Kubernetes object). */
  public static final String ONEPASSWORD_ITEM = "1Password item";

  /** The one instance. */
  public static final ArgoCDClusterRegistrationPromise INSTANCE = new ArgoCDClusterRegistrationPromise();

  private ArgoCDClusterRegistrationPromise() {
    super(KIND, PROMISE_NAME, TEXTS);
  }

  @Override
  public Seq<RequestField> fields(PlatformProfile profile) {
    return ArgoCDClusterRegistrationFields.all(profile);
  }

  @Override
  public Either<Rejection, Accepted<ClusterRegistration>> decode(Node document, PlatformProfile profile, String promiseName,
      boolean rejectUnknown) {
    return ArgoCDClusterRegistrationDecoder.decode(document, profile, rejectUnknown);
  }

  /** The 1Password item the sync Job writes the kubeconfig to. */
  @Override
  public Seq<ExternalObject> externalObjects(ClusterRegistration registration) {
    return List.of(new ExternalObject(ONEPASSWORD_ITEM, registration.onePasswordItem()));
  }

  @Override
  protected Rendering<ClusterRegistration> render(ClusterRegistration registration, PlatformProfile profile, String promiseName) {
    return Rendering.of(registration, ArgoCDClusterRegistrationRenderer.render(registration, profile, promiseName),
        ArgoCDClusterRegistrationStatus.configured(registration,
        ArgoCDClusterRegistrationDecoder.kubeconfigSecretName(profile, registration.name())));
  }

  @Override
  public RequestStatus deleting(String name) {
    return ArgoCDClusterRegistrationStatus.deleting(name);
  }

  @Override
  public RequestStatus invalid(Option<String> name, Seq<String> problems) {
    return ArgoCDClusterRegistrationStatus.invalid(name, problems);
  }
}
