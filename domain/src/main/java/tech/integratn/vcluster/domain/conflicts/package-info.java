/** Conflicts between the requests of one repository (spec 12.1): the same object rendered twice, the same hostname, the same VIP, two vclusters in one target namespace; as data, and their one text form. */
@NullMarked
package tech.integratn.vcluster.domain.conflicts;

import org.jspecify.annotations.NullMarked;
