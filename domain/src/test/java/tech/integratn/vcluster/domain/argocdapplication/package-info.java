/** Tests of the argocd-application sub-promise: field rules, rendering, delete and status. */
@NullMarked
package tech.integratn.vcluster.domain.argocdapplication;

import org.jspecify.annotations.NullMarked;
