package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * One of the three sub-promises of section 9 (argocd-project, argocd-application,
 * argocd-cluster-registration): its field table, its configure render, its delete and its status.
 * The shared machinery (field reader, problems, output files, profile) is this package's; each
 * implementation lives in its own package and depends on no other promise.
 */
public interface SubPromise {

  /** The request kind ({@code platform.integratn.tech/v1alpha1}), e.g. {@code ArgoCDProject}. */
  String kind();

  /** The promise name of section 9.1's table, e.g. {@code argocd-project}. */
  String promiseName();

  /** The field table: the single source of validation, the CRD schema and the docs. */
  Seq<RequestField> fields(PlatformProfile profile);

  /** The CRD's descriptions that the field table does not carry. */
  CrdTexts crdTexts();

  /**
   * Validates {@code document} (the whole request object) and renders it, with {@code promiseName}
   * in the base labels; every problem at once when it is refused.
   */
  Either<Rejection, SubRequestRendering> configure(Node document, PlatformProfile profile, String promiseName);

  /** What a delete logs and reports for {@code document}; never refuses (unknown fields only warn). */
  SubRequestDeletion delete(Node document, PlatformProfile profile, String promiseName);

  /** The status of a request refused by validation, for a suspended workflow. */
  RequestStatus invalid(Option<String> name, Seq<String> problems);
}
