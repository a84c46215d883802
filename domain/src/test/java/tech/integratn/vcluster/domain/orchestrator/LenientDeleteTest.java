package tech.integratn.vcluster.domain.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.Docs.minimal;
import static tech.integratn.vcluster.domain.Docs.with;

import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.Docs;
import tech.integratn.vcluster.domain.contract.Deletion;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The delete of a request that no longer validates lists what the one decode kept of it (spec 7):
 * each extraEgress entry's problems are the decode's own, on the entry's own path.
 */
class LenientDeleteTest {

  private static MapNode egress(String name, String cidr, long port) {
    return MapNode.of("name", Node.text(name)).with("cidr", cidr).with("port", Node.integer(port));
  }

  private static Deletion delete(MapNode doc) {
    return OrchestratorPromise.INSTANCE.delete(doc, IntegratnProfile.PROFILE, Docs.PROMISE);
  }

  private static io.vavr.collection.Seq<String> policies(Deletion d) {
    return d.files().flatMap(OutputFile::objects).filter(o -> o.kind().equals("NetworkPolicy"))
        .map(o -> o.metadata().name()).filter(n -> n.startsWith("allow-") && n.endsWith("-egress"));
  }

  @Test
  void anEgressEntryPastTheFirstIsReportedOnItsOwnPathWithEveryProblemOfIt() {
    MapNode doc = with(with(with(minimal(), "spec.targetNamespace", "vc-demo"), "spec.exposure.apiPort", 0),
        "spec.networkPolicies.extraEgress", ListNode.of(
            egress("db", "10.0.3.0/24", 5432),
            egress("Bad_Name", "10.0.4.0", 0)));
    Deletion d = delete(doc);
    assertThat(d.fromName()).isTrue();
    assertThat(policies(d)).containsExactly("allow-db-egress");
    assertThat(d.notListed().map(Problems::render)).hasSize(3)
        .allMatch(line -> line.startsWith("spec.networkPolicies.extraEgress[1]."))
        .anyMatch(line -> line.startsWith("spec.networkPolicies.extraEgress[1].name: must be a DNS-1123 label"))
        .anyMatch(line -> line.startsWith("spec.networkPolicies.extraEgress[1].cidr: "))
        .anyMatch(line -> line.startsWith("spec.networkPolicies.extraEgress[1].port: "));
  }

  @Test
  void aNameTakenByAnEarlierEntryIsTheDecodesDuplicateProblemEvenWhenThatEntryIsNotListed() {
    MapNode doc = with(with(with(minimal(), "spec.targetNamespace", "vc-demo"), "spec.exposure.apiPort", 0),
        "spec.networkPolicies.extraEgress", ListNode.of(
            egress("db", "10.0.3.0/24", 0),
            egress("db", "10.0.4.0/24", 5432),
            egress("cache", "10.0.5.0/24", 6379)));
    Deletion d = delete(doc);
    assertThat(policies(d)).containsExactly("allow-cache-egress");
    assertThat(d.notListed().map(Problems::render)).hasSize(2)
        .anyMatch(line -> line.startsWith("spec.networkPolicies.extraEgress[0].port: "))
        .contains("spec.networkPolicies.extraEgress[1].name: duplicate of spec.networkPolicies.extraEgress[0].name "
            + "(got \"db\")");
  }

  @Test
  void aDocumentWithoutASpecIsDeletedByItsObjectNameInItsOwnNamespace() {
    MapNode doc = MapNode.of("metadata", MapNode.of("name", Node.text("media")).with("namespace", "team-a"));
    Deletion d = delete(doc);
    assertThat(d.fromName()).isTrue();
    assertThat(d.name()).isEqualTo("media");
    assertThat(d.targetNamespace()).contains("team-a");
    assertThat(d.files().flatMap(OutputFile::objects).map(o -> o.metadata().name())).contains("vcluster-media");
  }

  @Test
  void aDocumentWithoutAnyNameIsDeletedAsUnknown() {
    Deletion d = delete(MapNode.of("spec", MapNode.of("name", Node.integer(1))));
    assertThat(d.name()).isEqualTo("unknown");
    assertThat(d.targetNamespace()).isEmpty();
  }
}
