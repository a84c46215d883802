package tech.integratn.vcluster.domain.argocdproject;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.CrdTexts;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestStatus;
import tech.integratn.vcluster.domain.contract.SubPromise;
import tech.integratn.vcluster.domain.contract.SubRequestDeletion;
import tech.integratn.vcluster.domain.contract.SubRequestRendering;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/** The argocd-project promise (spec 9): TODO(helper) field table, configure, delete, status. */
public final class ArgoCDProjectPromise implements SubPromise {

  /** The one instance. */
  public static final ArgoCDProjectPromise INSTANCE = new ArgoCDProjectPromise();

  public static final String KIND = "ArgoCDProject";
  public static final String PROMISE_NAME = "argocd-project";

  private ArgoCDProjectPromise() {}

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String promiseName() {
    return PROMISE_NAME;
  }

  @Override
  public Seq<RequestField> fields(PlatformProfile profile) {
    return List.empty();
  }

  @Override
  public CrdTexts crdTexts() {
    return new CrdTexts("TODO", "TODO", StringMap.empty());
  }

  @Override
  public Either<Rejection, SubRequestRendering> configure(Node document, PlatformProfile profile, String promiseName) {
    return Either.left(new Rejection(List.of(new RequestProblem.Missing("spec")), List.empty()));
  }

  @Override
  public SubRequestDeletion delete(Node document, PlatformProfile profile, String promiseName) {
    throw new UnsupportedOperationException("TODO");
  }

  @Override
  public RequestStatus invalid(Option<String> name, Seq<String> problems) {
    throw new UnsupportedOperationException("TODO");
  }
}
