package tech.integratn.vcluster.adapters.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.ProfileProblem;

/** A profile file's problems stay data until {@link ProfileFiles#render}, which names the file. */
class ProfileFilesTest {

  @TempDir
  Path dir;

  @Test
  void aProfileProblemKeepsItsKeyPathAndRendersAfterTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("profile.yaml"), "vipOfset: 5\nvipOffset: 0\n");
    Either<Seq<ProfileFileProblem>, PlatformProfile> loaded = ProfileFiles.load(file, IntegratnProfile.PROFILE);
    assertThat(loaded.getLeft()).containsExactly(
        new ProfileFileProblem.Invalid(file, new ProfileProblem.UnknownKey("vipOfset", Option.some("vipOffset"))),
        new ProfileFileProblem.Invalid(file, new ProfileProblem.Invalid("vipOffset", "must be a positive integer (got 0)")));
    assertThat(loaded.getLeft().map(ProfileFiles::render)).containsExactly(
        file + ": profile: vipOfset: unknown key (did you mean vipOffset?)",
        file + ": profile: vipOffset: must be a positive integer (got 0)");
  }

  @Test
  void aFileThatIsNotYamlIsOneProblemNamingTheFileAsItsSource() throws IOException {
    Path file = Files.writeString(dir.resolve("broken.yaml"), "a: [\n");
    Seq<ProfileFileProblem> problems = ProfileFiles.load(file, IntegratnProfile.PROFILE).getLeft();
    assertThat(problems).hasSize(1);
    assertThat(problems.head()).isInstanceOfSatisfying(ProfileFileProblem.Unreadable.class,
        p -> assertThat(p.problem()).isInstanceOf(RequestProblem.Syntax.class));
    assertThat(ProfileFiles.render(problems.head())).startsWith(file + ":2:");
  }

  @Test
  void aValidFileIsTheProfileOverTheBase() throws IOException {
    Path file = Files.writeString(dir.resolve("ok.yaml"), "vipOffset: 7\n");
    assertThat(ProfileFiles.load(file, IntegratnProfile.PROFILE).get().vipOffset()).isEqualTo(7L);
  }
}
