package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.UnknownFieldPolicy;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * What every sub-promise does the same way: its kind, promise name and CRD texts, and the steps of
 * configure (decode with the profile's unknown-field policy, refuse with every problem, else render
 * and report) and delete (decode leniently, list what configure renders now or why not, report
 * {@code Deleting}; never refuse). A sub-promise writes only its rules: decoder, renderer, statuses.
 *
 * @param <R> the sub-promise's typed request
 */
public abstract class NamedSubPromise<R> implements SubPromise {

  private final String kind;
  private final String promiseName;
  private final CrdTexts crdTexts;

  protected NamedSubPromise(String kind, String promiseName, CrdTexts crdTexts) {
    this.kind = kind;
    this.promiseName = promiseName;
    this.crdTexts = crdTexts;
  }

  /** Reads {@code document} against the field table; unknown fields are problems when {@code rejectUnknown}. */
  protected abstract Decoded<R> decode(Node document, PlatformProfile profile, boolean rejectUnknown);

  /** The files configure writes for {@code request}, in the order of the promise's table. */
  protected abstract Seq<OutputFile> render(R request, PlatformProfile profile, String promiseName);

  /** The status after configure. */
  protected abstract RequestStatus configured(R request, PlatformProfile profile);

  /** The status of a delete of the request named {@code name}. */
  protected abstract RequestStatus deleting(String name);

  @Override
  public final String kind() {
    return kind;
  }

  @Override
  public final String promiseName() {
    return promiseName;
  }

  @Override
  public final CrdTexts crdTexts() {
    return crdTexts;
  }

  @Override
  public final Either<Rejection, SubRequestRendering> configure(Node document, PlatformProfile profile,
      String promiseName) {
    Decoded<R> decoded = decode(document, profile, profile.unknownFields() == UnknownFieldPolicy.REJECT);
    if (decoded.request().isEmpty()) {
      return Either.left(new Rejection(decoded.problems(), decoded.warnings()));
    }
    R request = decoded.request().get();
    return Either.right(new SubRequestRendering(render(request, profile, promiseName), configured(request, profile),
        decoded.warnings()));
  }

  /** Never refuses: unknown fields only warn, and a request that no longer validates lists nothing. */
  @Override
  public final SubRequestDeletion delete(Node document, PlatformProfile profile, String promiseName) {
    Decoded<R> decoded = decode(document, profile, false);
    RequestStatus status = deleting(FieldReader.requestName(document));
    if (decoded.request().isDefined()) {
      return new SubRequestDeletion(render(decoded.request().get(), profile, promiseName), Vector.empty(), status);
    }
    return SubRequestDeletion.unlisted(decoded.problems(), status);
  }
}
