package tech.integratn.vcluster.adapters.fs;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.nio.file.Path;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.ProfileDecoder;
import tech.integratn.vcluster.domain.request.Problems;

/** Loads a platform profile YAML file over a base profile; every problem names the file. */
public final class ProfileFiles {

  private ProfileFiles() {}

  public static Either<Seq<String>, PlatformProfile> load(Path file, PlatformProfile base) {
    return new FileRequestSource(file).load()
        .mapLeft(problem -> (Seq<String>) List.of(Problems.render(problem)))
        .flatMap(document -> ProfileDecoder.decode(document, base)
            .mapLeft(problems -> problems.map(problem -> file + ": " + problem)));
  }
}
