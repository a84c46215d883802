/**
 * The argocd-cluster-registration sub-promise (spec 9.6, 9.9): its field table, decoder, renderer,
 * status and the constant kubeconfig sync script rendered inline into its Job; depends on no other
 * promise.
 */
@NullMarked
package tech.integratn.vcluster.domain.clusterregistration;

import org.jspecify.annotations.NullMarked;
