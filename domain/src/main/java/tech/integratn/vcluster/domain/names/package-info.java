/** Kubernetes name rules (DNS labels and subdomains, label keys and values) as regular expressions with their length limits, and the edit distance of names. */
@NullMarked
package tech.integratn.vcluster.domain.names;

import org.jspecify.annotations.NullMarked;
