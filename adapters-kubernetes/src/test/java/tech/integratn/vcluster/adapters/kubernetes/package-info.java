/** Tests of the Kubernetes adapter against fabric8's mock API server on loopback. */
@NullMarked
package tech.integratn.vcluster.adapters.kubernetes;

import org.jspecify.annotations.NullMarked;
