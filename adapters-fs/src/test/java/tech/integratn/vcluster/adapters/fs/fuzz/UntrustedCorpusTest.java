package tech.integratn.vcluster.adapters.fs.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.TenancyProfile;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.orchestrator.ClusterPlan;
import tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Spec 10.2 B over the whole corpus: under an untrusted profile every request either renders or
 * is refused with problems that each name a field, never with an exception; and the integratn
 * profile (trusted) still renders every valid request.
 */
class UntrustedCorpusTest {

  static final PlatformProfile UNTRUSTED = ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE)
      .withHostSecretMappings(StringMap.empty())
      .withClusterRoleExtraRules(List.empty())
      .withTenancy(TenancyProfile.untrusted());

  @Test
  void everyRefusalUnderAnUntrustedProfileNamesAField() {
    int refused = 0;
    for (Corpus.Request request : Corpus.all()) {
      Either<RequestProblem, Node> document = new YamlTreeReader().read(request.name(), request.bytes());
      if (document.isLeft()) {
        continue;
      }
      Either<Rejection, Rendering<ClusterPlan>> result =
          OrchestratorPromise.INSTANCE.configure(document.get(), UNTRUSTED, "vcluster-orchestrator-v2");
      if (result.isLeft()) {
        refused++;
        for (RequestProblem problem : result.getLeft().problems()) {
          assertThat(Problems.path(problem)).as("%s: %s", request.name(), Problems.render(problem)).isNotEmpty();
        }
      }
    }
    // corpus requests name no vc-<name> namespace: the untrusted profile refuses them, naming the field
    assertThat(refused).isPositive();
  }

  @Test
  void theTrustedIntegratnProfileStillRendersEveryValidRequestItRenderedBefore() {
    for (Corpus.Request request : Corpus.valid()) {
      Either<RequestProblem, Node> document = new YamlTreeReader().read(request.name(), request.bytes());
      if (document.isLeft()) {
        continue;
      }
      Either<Rejection, Rendering<ClusterPlan>> result =
          OrchestratorPromise.INSTANCE.configure(document.get(), IntegratnProfile.PROFILE, "vcluster-orchestrator-v2");
      if (result.isLeft()) {
        for (RequestProblem problem : result.getLeft().problems()) {
          // the two sync-policy requests of spec 9.3 are refused for their sync policy, never for tenancy
          assertThat(Problems.render(problem)).as(request.name()).doesNotContain("tenancy.");
        }
      }
    }
  }
}
