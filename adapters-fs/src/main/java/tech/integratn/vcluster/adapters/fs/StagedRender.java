package tech.integratn.vcluster.adapters.fs;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.application.port.out.ManifestSink;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.application.port.out.WorkflowControl;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.RequestStatus;

/**
 * The CLI's output directory and metadata files published as one (spec 7.2: a failed run leaves
 * every path as it was). The manifests are staged beside the output directory and a suspension is
 * held; reporting the status writes the held suspension, then the status, then swaps the staged
 * tree in. If any of those steps fails, the metadata files written so far get their previous
 * content back and the staging is discarded, so neither path changes. The swap checks the output
 * directory again once it is moved aside (spec 10.5): content that appeared in it since the CLI's
 * safety check is put back with the rest, and the run fails saying so.
 */
public final class StagedRender {

  private final DirectoryManifestSink output;
  private final Path statusFile;
  private final Path workflowFile;
  private final Runnable beforeSwap;
  private @Nullable Path staged;
  private @Nullable String suspension;

  public StagedRender(Path outputDirectory, Path metadataDirectory) {
    this(outputDirectory, metadataDirectory, NOTHING);
  }

  /**
   * A test seam: {@code beforeSwap} runs after the status is written and just before the staged
   * tree is swapped in, where another process could change the output directory (spec 10.5).
   */
  StagedRender(Path outputDirectory, Path metadataDirectory, Runnable beforeSwap) {
    this.beforeSwap = beforeSwap;
    this.output = new DirectoryManifestSink(outputDirectory, DirectoryManifestSink.Mode.REPLACE);
    this.statusFile = metadataDirectory.resolve("status.yaml");
    this.workflowFile = metadataDirectory.resolve("workflow-control.yaml");
  }

  /** Stages the manifests; they appear when the status has been written. */
  public ManifestSink manifests() {
    return new Manifests();
  }

  /** Holds a suspension; it is written with the status. */
  public WorkflowControl workflow() {
    return new Workflow();
  }

  /** Writes the held suspension and the status, then swaps the staged manifests in; all or nothing. */
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

  private final class Workflow implements WorkflowControl {
    @Override
    public Either<String, String> suspend(String message) {
      suspension = message;
      return Either.right(message);
    }
  }

  private final class Status implements StatusSink {
    @Override
    public Either<String, RequestStatus> report(RequestStatus report) {
      byte @Nullable [] previousStatus = previous(statusFile);
      byte @Nullable [] previousWorkflow = previous(workflowFile);
      String held = suspension;
      suspension = null;
      if (held != null) {
        Either<String, String> suspended = new FileWorkflowControl(workflowFile).suspend(held);
        if (suspended.isLeft()) {
          restore(workflowFile, previousWorkflow);
          discard();
          return Either.left(suspended.getLeft());
        }
      }
      Either<String, RequestStatus> written = new FileStatusSink(statusFile).report(report);
      if (written.isLeft()) {
        restore(workflowFile, previousWorkflow);
        discard();
        return written;
      }
      Path ready = staged;
      if (ready == null) {
        return written;
      }
      try {
        beforeSwap.run();
        output.swapIn(ready, true);
        return written;
      } catch (DirectoryManifestSink.SwapRefused e) {
        if (!(e.refusal() instanceof PathRefusal.KeptAside)) {
          restore(statusFile, previousStatus);
          restore(workflowFile, previousWorkflow);
        }
        return Either.left(PathRefusals.describe(e.refusal()));
      } catch (IOException | RuntimeException e) {
        restore(statusFile, previousStatus);
        restore(workflowFile, previousWorkflow);
        return Either.left(output.directory() + ": " + IoErrors.describe(e));
      } finally {
        discard();
      }
    }
  }

  /** No hook between the check and the swap. */
  private static final Runnable NOTHING = () -> { };

  /** The file's bytes, or null when it does not exist (or cannot be read: then it is left alone). */
  private static byte @Nullable [] previous(Path file) {
    try {
      return Files.exists(file) ? Files.readAllBytes(file) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Puts back what {@code file} held before this run: its bytes, or no file. */
  private static void restore(Path file, byte @Nullable [] bytes) {
    try {
      if (bytes == null) {
        Files.deleteIfExists(file);
      } else {
        Files2.writeAtomically(file, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      // the run's own failure is reported; a file that could not be put back keeps this run's content
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
