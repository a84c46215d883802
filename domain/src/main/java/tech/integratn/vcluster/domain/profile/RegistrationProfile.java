package tech.integratn.vcluster.domain.profile;

import io.vavr.control.Option;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;

/**
 * The organisation's part of the {@code argocd-cluster-registration} sub-promise (spec 9.6, profile
 * key {@code registration}): the secret store and 1Password item the sync Job's token comes from,
 * the Connect server, the Job's image and the identity labels of the Argo CD cluster Secret. Every
 * value is checked when the profile is loaded.
 */
@Value.Immutable
@DomainStyle
public interface RegistrationProfile {

  /** {@code secretStoreRef.kind} of every ExternalSecret: {@code ClusterSecretStore} or {@code SecretStore}. */
  String secretStoreKind();

  /** {@code secretStoreRef.name} of every ExternalSecret (integratn: {@code onepassword-store}). */
  String secretStoreName();

  /** The secret store item holding the 1Password Connect token (integratn: {@code onepassword-access-token}). */
  String tokenItemKey();

  /** The property of {@link #tokenItemKey()} holding the Connect token (integratn: {@code credential}). */
  String tokenItemTokenProperty();

  /**
   * The property of {@link #tokenItemKey()} holding the vault UUID (integratn: {@code vault}); none
   * means the token ExternalSecret has no {@code vault} entry and the Job no {@code OP_VAULT}.
   */
  Option<String> tokenItemVaultProperty();

  /** The default 1Password Connect server, an {@code https://} URL (integratn: {@code https://connect.integratn.tech}). */
  String connectHost();

  /** The Job's {@code OP_VAULT_NAME}, used when {@code OP_VAULT} is empty (integratn: {@code homelab}). */
  String vaultName();

  /** The sync Job's image, pinned by a tag or digest; needs a shell, kubectl, curl and jq (integratn: {@code alpine/k8s:1.34.3}). */
  String syncImage();

  /** Prefix of the {@code <prefix>/cluster-name} and {@code <prefix>/environment} labels (integratn: {@code integratn.tech}). */
  String identityLabelPrefix();

  /**
   * The sync Job's {@code activeDeadlineSeconds} (spec 10.4, profile key
   * {@code registration.syncDeadlineSeconds}, at least 1; integratn: {@value #DEFAULT_SYNC_DEADLINE_SECONDS}):
   * a vcluster whose kubeconfig Secret never appears does not leave a pod waiting forever.
   */
  int syncDeadlineSeconds();

  /** How the kubeconfig reaches 1Password (spec 9.7; only {@link KubeconfigSync#JOB}). */
  KubeconfigSync kubeconfigSync();

  /** {@link #syncDeadlineSeconds()} of the integratn profile: half an hour. */
  int DEFAULT_SYNC_DEADLINE_SECONDS = 1800;

  static ImmutableRegistrationProfile.Builder builder() {
    return ImmutableRegistrationProfile.builder();
  }
}
