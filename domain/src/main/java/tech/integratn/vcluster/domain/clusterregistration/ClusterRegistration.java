package tech.integratn.vcluster.domain.clusterregistration;

import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;
import tech.integratn.vcluster.domain.tree.StringMap;

/** A valid {@code ArgoCDClusterRegistration} spec with every default resolved (spec 9.6). */
@Value.Immutable
@DomainStyle
public interface ClusterRegistration {

  String name();

  String targetNamespace();

  /** The Secret holding the cluster's own kubeconfig (the sync Job's source). */
  String kubeconfigSecret();

  String kubeconfigKey();

  String externalServerURL();

  String onePasswordItem();

  String onePasswordConnectHost();

  String environment();

  String baseDomain();

  String baseDomainSanitized();

  /** The request's labels of the Argo CD cluster Secret, as written. */
  StringMap clusterLabels();

  StringMap clusterAnnotations();

  String syncJobName();

  static ImmutableClusterRegistration.Builder builder() {
    return ImmutableClusterRegistration.builder();
  }
}
