package tech.integratn.vcluster.application.service;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.ArrayList;
import tech.integratn.vcluster.application.port.in.DiffUseCase;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.port.out.PreviousOutputSource;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Promise;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.diff.Manifest;
import tech.integratn.vcluster.domain.diff.ManifestDiff;
import tech.integratn.vcluster.domain.diff.DiffProblem;
import tech.integratn.vcluster.domain.diff.ObjectDiff;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * {@code diff} (spec 12.2): renders the request as configure would (routing by kind, the
 * promise's rules, the chart values check), in memory, and compares the request's own output
 * files (for the orchestrator the sub-requests as written, not what their promises render) with
 * the previous output, object by object, with {@link ManifestDiff}.
 */
public final class DiffService implements DiffUseCase {

  private final RequestSource source;
  private final PreviousOutputSource previous;
  private final ChartSchemaSource chartSchemas;
  private final PipelineContext context;
  private final EventLog log;

  public DiffService(RequestSource source, PreviousOutputSource previous, ChartSchemaSource chartSchemas,
      PipelineContext context, EventLog log) {
    this.source = source;
    this.previous = previous;
    this.chartSchemas = chartSchemas;
    this.context = context;
    this.log = log;
  }

  @Override
  public Either<Failure, Compared> diff(PlatformProfile profile) {
    Either<RequestProblem, Node> loaded = source.load();
    if (loaded.isLeft() && loaded.getLeft() instanceof RequestProblem.Inaccessible missing) {
      return Either.left(new RunFailed(new RunFailure.InputUnreadable(missing.source(), missing.reason())));
    }
    if (loaded.isLeft()) {
      return Either.left(new RunFailed(new RunFailure.Rejected(
          new Rejection(io.vavr.collection.List.of(loaded.getLeft()), io.vavr.collection.List.empty()))));
    }
    Either<RunFailure, RequestRouting.Route> route = RequestRouting.route(loaded, context.promiseName(), false);
    if (route.isLeft()) {
      return Either.left(new RunFailed(route.getLeft()));
    }
    Either<RunFailure, Seq<OutputFile>> rendered =
        render(route.get().kind().promise(), loaded.get(), profile, route.get().promiseName());
    if (rendered.isLeft()) {
      return Either.left(new RunFailed(rendered.getLeft()));
    }
    Either<String, PreviousOutputSource.Previous> before = previous.read();
    if (before.isLeft()) {
      return Either.left(new Refused(before.getLeft()));
    }
    Either<Seq<DiffProblem>, Seq<ObjectDiff>> diff =
        ManifestDiff.compare(before.get().manifests(), manifests(rendered.get()));
    return diff.isLeft() ? Either.left(new Incomparable(diff.getLeft()))
        : Either.right(new Compared(diff.get(), before.get().notes()));
  }

  /** The documents of the new output, as a render would write them. */
  static Seq<Manifest> manifests(Seq<OutputFile> files) {
    java.util.List<Manifest> manifests = new ArrayList<>();
    for (OutputFile file : files) {
      int n = 0;
      for (KubernetesObject o : file.objects()) {
        manifests.add(new Manifest(file.path(), ++n, o.toNode()));
      }
    }
    return Vector.ofAll(manifests);
  }

  private <R> Either<RunFailure, Seq<OutputFile>> render(Promise<R> promise, Node document, PlatformProfile profile,
      String promiseName) {
    Either<RunFailure, Rendering<R>> rendered =
        CheckedConfigure.run(promise, document, profile, promiseName, new ChartValuesCheck(chartSchemas, log), log);
    return rendered.isLeft() ? Either.left(rendered.getLeft()) : Either.right(rendered.get().files());
  }
}
