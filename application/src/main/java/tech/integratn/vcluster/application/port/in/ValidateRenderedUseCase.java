package tech.integratn.vcluster.application.port.in;

import io.vavr.control.Either;

/**
 * Check a rendered tree as a GitOps repository's CI would: only files the pipelines write, and
 * those a pipeline always writes; in each the kinds of that file, valid names, the base labels, one
 * request's ownership, no Secret; and the chart values of every application sub-request against
 * the chart's values schema.
 */
public interface ValidateRenderedUseCase {

  Either<RunFailure, RunReport> validate(ValidateRenderedCommand command);
}
