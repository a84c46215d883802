package tech.integratn.vcluster.adapters.fs;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.nio.file.Path;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.ProfileDecoder;
import tech.integratn.vcluster.domain.profile.ProfileProblem;
import tech.integratn.vcluster.domain.profile.ProfileProblems;
import tech.integratn.vcluster.domain.tree.Node;

/** Loads a platform profile YAML file over a base profile; every problem names the file. */
public final class ProfileFiles {

  private ProfileFiles() {}

  /** The profile {@code file} describes over {@code base}, or every problem with it. */
  public static Either<Seq<ProfileFileProblem>, PlatformProfile> load(Path file, PlatformProfile base) {
    Either<RequestProblem, Node> document = new FileRequestSource(file).load();
    if (document.isLeft()) {
      return Either.left(List.of(new ProfileFileProblem.Unreadable(document.getLeft())));
    }
    Either<Seq<ProfileProblem>, PlatformProfile> profile = ProfileDecoder.decode(document.get(), base);
    if (profile.isRight()) {
      return Either.right(profile.get());
    }
    Seq<ProfileFileProblem> named = List.empty();
    for (ProfileProblem problem : profile.getLeft()) {
      named = named.append(new ProfileFileProblem.Invalid(file, problem));
    }
    return Either.left(named);
  }

  /** {@code <file>: <problem>}: each problem of a profile file, as text. */
  public static String render(ProfileFileProblem problem) {
    if (problem instanceof ProfileFileProblem.Invalid p) {
      return p.file() + ": " + ProfileProblems.render(p.problem());
    }
    return Problems.render(((ProfileFileProblem.Unreadable) problem).problem());
  }
}
