package tech.integratn.vcluster.adapters.fs;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.application.port.out.ManifestSink;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.domain.render.OutputFile;
import tech.integratn.vcluster.domain.request.VClusterOrchestratorV2Status;

/**
 * The CLI's output directory and status file published as one (spec 7.2: a failed run leaves
 * every path as it was). The manifests are staged beside the output directory; the status is
 * written; only then is the staged tree swapped in. A status that cannot be written discards the
 * staging, so neither path changes.
 */
public final class StagedRender {

  private final DirectoryManifestSink output;
  private final FileStatusSink status;
  private @Nullable Path staged;

  public StagedRender(Path outputDirectory, Path statusFile) {
    this.output = new DirectoryManifestSink(outputDirectory, DirectoryManifestSink.Mode.REPLACE);
    this.status = new FileStatusSink(statusFile);
  }

  /** Stages the manifests; they appear when the status has been written. */
  public ManifestSink manifests() {
    return new Manifests();
  }

  /** Writes the status, then swaps the staged manifests in (or discards them if it cannot). */
  public StatusSink status() {
    return new Status();
  }

  private final class Manifests implements ManifestSink {
    @Override
    public Either<String, Seq<String>> publish(Seq<OutputFile> files) {
      discard();
      Either<String, Path> stagedDirectory = output.stage(files);
      if (stagedDirectory.isLeft()) {
        return Either.left(stagedDirectory.getLeft());
      }
      staged = stagedDirectory.get();
      return Either.right(DirectoryManifestSink.pathsOf(files));
    }
  }

  private final class Status implements StatusSink {
    @Override
    public Either<String, VClusterOrchestratorV2Status> report(VClusterOrchestratorV2Status report) {
      Either<String, VClusterOrchestratorV2Status> written = status.report(report);
      if (written.isLeft()) {
        discard();
        return written;
      }
      Path ready = staged;
      if (ready == null) {
        return written;
      }
      try {
        output.swapIn(ready);
        return written;
      } catch (IOException | RuntimeException e) {
        return Either.left(output.directory() + ": " + IoErrors.describe(e));
      } finally {
        discard();
      }
    }
  }

  private void discard() {
    Path leftover = staged;
    staged = null;
    if (leftover != null) {
      try {
        Files2.deleteTree(leftover);
      } catch (IOException | RuntimeException e) {
        // a staging directory left behind is hidden and named as such; the run's outcome stands
      }
    }
  }
}
