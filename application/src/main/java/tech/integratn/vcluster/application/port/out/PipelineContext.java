package tech.integratn.vcluster.application.port.out;

import io.vavr.control.Option;

/** What the pipeline knows about the run it is part of. */
public interface PipelineContext {

  /** The workflow action this run performs. */
  enum Action {
    CONFIGURE,
    DELETE
  }

  Action action();

  /**
   * The promise name the workflow engine gave ({@code KRATIX_PROMISE_NAME}), if any: with the
   * request's kind it selects the pipeline, and it is the promise name of the base labels (9.1).
   */
  Option<String> promiseName();

  /** The workflow type ({@code resource}, {@code promise}, or one not known yet), if given. */
  Option<String> workflowType();

  /** The request object's name as the engine knows it, if given. */
  Option<String> objectName();

  /** Whether this is a dry run. */
  boolean dryRun();
}
