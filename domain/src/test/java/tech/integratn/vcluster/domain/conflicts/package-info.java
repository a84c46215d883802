/** Tests of the cross-request conflicts: each kind planted, a clean set, the shared namespace, the wording. */
@NullMarked
package tech.integratn.vcluster.domain.conflicts;

import org.jspecify.annotations.NullMarked;
