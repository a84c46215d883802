/**
 * The cluster registration's constant parts: the kubeconfig sync script of spec 9.9, rendered
 * inline into the registration's Job.
 */
@NullMarked
package tech.integratn.vcluster.domain.registration;

import org.jspecify.annotations.NullMarked;
