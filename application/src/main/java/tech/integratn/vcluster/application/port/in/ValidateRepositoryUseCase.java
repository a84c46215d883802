package tech.integratn.vcluster.application.port.in;

import io.vavr.control.Either;
import tech.integratn.vcluster.domain.profile.PlatformProfile;

/**
 * Validate every request of a repository (the CLI's {@code validate --input DIR}, spec 12.1): each
 * on its own by the rules of a single {@code validate}, then against the others; writes nothing.
 */
public interface ValidateRepositoryUseCase {

  /** The report, or why the repository cannot be read at all. */
  Either<String, RepositoryReport> validate(PlatformProfile profile);
}
