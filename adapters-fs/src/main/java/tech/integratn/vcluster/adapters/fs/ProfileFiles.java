package tech.integratn.vcluster.adapters.fs;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.nio.file.Path;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.ProfileDecoder;
import tech.integratn.vcluster.domain.tree.Node;

/** Loads a platform profile YAML file over a base profile; every problem names the file. */
public final class ProfileFiles {

  private ProfileFiles() {}

  public static Either<Seq<String>, PlatformProfile> load(Path file, PlatformProfile base) {
    Either<RequestProblem, Node> document = new FileRequestSource(file).load();
    if (document.isLeft()) {
      return Either.left(List.of(Problems.render(document.getLeft())));
    }
    Either<Seq<String>, PlatformProfile> profile = ProfileDecoder.decode(document.get(), base);
    if (profile.isRight()) {
      return profile;
    }
    java.util.List<String> named = new java.util.ArrayList<>();
    for (String problem : profile.getLeft()) {
      named.add(file + ": " + problem);
    }
    return Either.left(List.ofAll(named));
  }
}
