package tech.integratn.vcluster.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * The defaults {@link PlatformProfile} declares for the keys a profile may leave out, read through
 * a plain implementation that delegates every other key to the embedded profile (the generated
 * class computes its defaults once, when the embedded profile is built, and copies keep them).
 */
class PlatformProfileDefaultsTest {

  /** Every key the profile must have, from {@code base}; the defaulted ones left to the interface. */
  private static final class Delegating implements PlatformProfile {
    private final PlatformProfile base;

    Delegating(PlatformProfile base) {
      this.base = base;
    }

    @Override
    public String name() {
      return base.name();
    }

    @Override
    public Preset dev() {
      return base.dev();
    }

    @Override
    public Preset prod() {
      return base.prod();
    }

    @Override
    public long vipOffset() {
      return base.vipOffset();
    }

    @Override
    public String loadBalancerIpAnnotation() {
      return base.loadBalancerIpAnnotation();
    }

    @Override
    public StringMap kubernetesVersions() {
      return base.kubernetesVersions();
    }

    @Override
    public String defaultKubernetesVersion() {
      return base.defaultKubernetesVersion();
    }

    @Override
    public String baseDomain() {
      return base.baseDomain();
    }

    @Override
    public String chartRepoUrl() {
      return base.chartRepoUrl();
    }

    @Override
    public String chartName() {
      return base.chartName();
    }

    @Override
    public String chartVersion() {
      return base.chartVersion();
    }

    @Override
    public String destinationServer() {
      return base.destinationServer();
    }

    @Override
    public String workloadRepoUrl() {
      return base.workloadRepoUrl();
    }

    @Override
    public String workloadRepoBasePath() {
      return base.workloadRepoBasePath();
    }

    @Override
    public String workloadRepoPath() {
      return base.workloadRepoPath();
    }

    @Override
    public String workloadRepoRevision() {
      return base.workloadRepoRevision();
    }

    @Override
    public StringMap clusterIssuerSelectorLabels() {
      return base.clusterIssuerSelectorLabels();
    }

    @Override
    public StringMap clusterStoreSelectorLabels() {
      return base.clusterStoreSelectorLabels();
    }

    @Override
    public StringMap clusterLabels() {
      return base.clusterLabels();
    }

    @Override
    public StringMap clusterAnnotations() {
      return base.clusterAnnotations();
    }

    @Override
    public StringMap hostSecretMappings() {
      return base.hostSecretMappings();
    }

    @Override
    public Seq<MapNode> clusterRoleExtraRules() {
      return base.clusterRoleExtraRules();
    }

    @Override
    public TenancyProfile tenancy() {
      return base.tenancy();
    }

    @Override
    public String kubectlImage() {
      return base.kubectlImage();
    }

    @Override
    public String argocdUrl() {
      return base.argocdUrl();
    }

    @Override
    public String argocdNamespace() {
      return base.argocdNamespace();
    }

    @Override
    public String projectGroup() {
      return base.projectGroup();
    }

    @Override
    public String onePasswordItemTemplate() {
      return base.onePasswordItemTemplate();
    }

    @Override
    public String kubeconfigSecretTemplate() {
      return base.kubeconfigSecretTemplate();
    }

    @Override
    public NetworkPolicyProfile networkPolicies() {
      return base.networkPolicies();
    }

    @Override
    public RegistrationProfile registration() {
      return base.registration();
    }
  }

  @Test
  void aProfileThatSaysNothingFailsOnInvalidRequestsWarnsOnUnknownFieldsAndCleansUpOnDelete() {
    PlatformProfile defaults = new Delegating(IntegratnProfile.PROFILE);
    assertThat(defaults.onInvalidRequest()).isEqualTo(InvalidRequestPolicy.FAIL);
    assertThat(defaults.unknownFields()).isEqualTo(UnknownFieldPolicy.WARN);
    assertThat(defaults.chartSchemaDir()).isEqualTo(Option.none());
    assertThat(defaults.deleteCleanupEnabled()).isTrue();
    assertThat(defaults.deleteCleanupPersistentVolumeSelector()).isEqualTo(Option.none());
  }

  @Test
  void theGeneratedCopyOfSuchAProfileKeepsTheDefaults() {
    PlatformProfile copy = ImmutablePlatformProfile.copyOf(new Delegating(IntegratnProfile.PROFILE));
    assertThat(copy.deleteCleanupEnabled()).isTrue();
    assertThat(copy.onInvalidRequest()).isEqualTo(InvalidRequestPolicy.FAIL);
    assertThat(copy.unknownFields()).isEqualTo(UnknownFieldPolicy.WARN);
    assertThat(copy.name()).isEqualTo("integratn");
  }
}
