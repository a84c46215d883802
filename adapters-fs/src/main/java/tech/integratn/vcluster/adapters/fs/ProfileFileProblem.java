package tech.integratn.vcluster.adapters.fs;

import java.nio.file.Path;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.profile.ProfileProblem;

/**
 * Why a profile file cannot be used, as data; {@link ProfileFiles#render} is the one place that
 * turns it into text, naming the file.
 */
public sealed interface ProfileFileProblem {

  /** The file is not a readable YAML document; {@code problem} names the file as its source. */
  record Unreadable(RequestProblem problem) implements ProfileFileProblem {}

  /** The file is a YAML document with {@code problem} as a profile. */
  record Invalid(Path file, ProfileProblem problem) implements ProfileFileProblem {}
}
