/** Schema tests: every rendered document checked against the real Kubernetes, cert-manager and vcluster schemas. */
@NullMarked
package tech.integratn.vcluster.schematests;

import org.jspecify.annotations.NullMarked;
