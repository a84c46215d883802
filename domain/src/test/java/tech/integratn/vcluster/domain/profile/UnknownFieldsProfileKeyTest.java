package tech.integratn.vcluster.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** The profile key {@code unknownFields: warn|reject} (spec 7.4). */
class UnknownFieldsProfileKeyTest {

  @Test
  void warnByDefaultRejectWhenAsked() {
    assertThat(IntegratnProfile.PROFILE.unknownFields()).isEqualTo(UnknownFieldPolicy.WARN);
    assertThat(ProfileDecoder.decode(MapNode.of("unknownFields", Node.text("reject")), IntegratnProfile.PROFILE).get()
        .unknownFields()).isEqualTo(UnknownFieldPolicy.REJECT);
    assertThat(ProfileDecoder.decode(MapNode.of("unknownFields", Node.text("warn")), IntegratnProfile.PROFILE).get()
        .unknownFields()).isEqualTo(UnknownFieldPolicy.WARN);
  }

  @Test
  void anyOtherValueIsAProblem() {
    assertThat(ProfileDecoder.decode(MapNode.of("unknownFields", Node.text("ignore")), IntegratnProfile.PROFILE).getLeft().map(ProfileProblems::render))
        .containsExactly("profile: unknownFields: must be warn or reject (got ignore)");
    assertThat(ProfileDecoder.decode(MapNode.of("unknownFields", Node.bool(true)), IntegratnProfile.PROFILE).getLeft().map(ProfileProblems::render))
        .containsExactly("profile: unknownFields: must be a string (got true)");
  }
}
