/** The host clean-up of a delete through the Kubernetes API: the fabric8 client on the JDK's HTTP client. */
@NullMarked
package tech.integratn.vcluster.adapters.kubernetes;

import org.jspecify.annotations.NullMarked;
