/** Tests of the kubeconfig sync script (spec 9.9) against a fake 1Password Connect server. */
@NullMarked
package tech.integratn.vcluster.adapters.fs.registration;

import org.jspecify.annotations.NullMarked;
