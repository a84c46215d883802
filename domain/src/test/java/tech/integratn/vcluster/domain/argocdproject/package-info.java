/** Tests of the argocd-project sub-promise: field rules, decoding, rendering, status and delete. */
@NullMarked
package tech.integratn.vcluster.domain.argocdproject;

import org.jspecify.annotations.NullMarked;
