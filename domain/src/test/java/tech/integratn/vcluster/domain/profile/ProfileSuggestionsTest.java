package tech.integratn.vcluster.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Spec 7.4 and 11.4: a mistyped profile key gets the closest known key of its map as a "did you mean". */
class ProfileSuggestionsTest {

  @Test
  void aMistypedKeyNamesTheClosestKnownKeyOfItsMap() {
    MapNode doc = MapNode.of("vipOfset", Node.integer(100))
        .with("deleteCleanup", MapNode.of("enabeld", Node.bool(true)))
        .with("networkPolicies", MapNode.of("defaultDney", Node.bool(false)))
        .with("colour", "blue");
    assertThat(ProfileDecoder.decode(doc, IntegratnProfile.PROFILE).getLeft().map(ProfileProblems::render)).contains(
        "profile: vipOfset: unknown key (did you mean vipOffset?)",
        "profile: deleteCleanup.enabeld: unknown key (did you mean deleteCleanup.enabled?)",
        "profile: networkPolicies.defaultDney: unknown key (did you mean networkPolicies.defaultDeny?)",
        "profile: colour: unknown key");
  }
}
