/** Kubernetes name rules (DNS labels and subdomains, label keys and values) and the https:// URL rule, as regular expressions with their length limits and wordings, and the edit distance of names. */
@NullMarked
package tech.integratn.vcluster.domain.names;

import org.jspecify.annotations.NullMarked;
