package tech.integratn.vcluster.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Profile problems are data: the decoders name the key path and the rule (or the closest known key),
 * and {@link ProfileProblems#render} alone writes {@code profile: <path>: <rule>}.
 */
class ProfileProblemsTest {

  static Seq<ProfileProblem> problems(Node document) {
    return ProfileDecoder.decode(document, IntegratnProfile.PROFILE).getLeft();
  }

  @Test
  void anUnknownKeyCarriesItsWholePathAndTheClosestKnownOne() {
    assertThat(problems(MapNode.of("registration", MapNode.of("tokenItem", MapNode.of("kee", Node.text("x"))))))
        .containsExactly(new ProfileProblem.UnknownKey("registration.tokenItem.kee",
            Option.some("registration.tokenItem.key")));
    assertThat(problems(MapNode.of("qqzzx", Node.text("x"))))
        .containsExactly(new ProfileProblem.UnknownKey("qqzzx", Option.none()));
  }

  @Test
  void anInvalidValueCarriesItsPathAndRuleFromEachDecoder() {
    assertThat(problems(MapNode.of("vipOffset", Node.integer(0))))
        .containsExactly(new ProfileProblem.Invalid("vipOffset", "must be a positive integer (got 0)"));
    assertThat(problems(MapNode.of("networkPolicies", MapNode.of("nfs", MapNode.of("port", Node.integer(0))))))
        .containsExactly(new ProfileProblem.Invalid("networkPolicies.nfs.port",
            "must be an integer port 1-65535 (got 0)"));
    assertThat(problems(MapNode.of("tenancy", MapNode.of("podSecurity", MapNode.of("warn", Node.text("lax"))))))
        .containsExactly(new ProfileProblem.Invalid("tenancy.podSecurity.warn",
            "must be privileged, baseline or restricted (got \"lax\")"));
    assertThat(problems(MapNode.of("tenancy", MapNode.of("podSecurity", MapNode.of("wran", Node.text("baseline"))))))
        .containsExactly(new ProfileProblem.UnknownKey("tenancy.podSecurity.wran",
            Option.some("tenancy.podSecurity.warn")));
  }

  @Test
  void aDocumentThatIsNotAMapIsOneProblemOfTheWholeDocument() {
    assertThat(problems(ListNode.of(Node.text("x")))).containsExactly(new ProfileProblem.NotAMap("a list"));
  }

  @Test
  void eachKindRendersAsProfilePathRule() {
    assertThat(ProfileProblems.render(new ProfileProblem.UnknownKey("chart.nmae", Option.some("chart.name"))))
        .isEqualTo("profile: chart.nmae: unknown key (did you mean chart.name?)");
    assertThat(ProfileProblems.render(new ProfileProblem.UnknownKey("colour", Option.none())))
        .isEqualTo("profile: colour: unknown key");
    assertThat(ProfileProblems.render(new ProfileProblem.Invalid("unknownFields", "must be warn or reject (got x)")))
        .isEqualTo("profile: unknownFields: must be warn or reject (got x)");
    assertThat(ProfileProblems.render(new ProfileProblem.NotAMap("a string")))
        .isEqualTo("profile: must be a map (got a string)");
  }
}
