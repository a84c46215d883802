/** What a request may reach (spec 10.2): reserved namespaces, chart value paths, name patterns. */
@NullMarked
package tech.integratn.vcluster.domain.tenancy;

import org.jspecify.annotations.NullMarked;
