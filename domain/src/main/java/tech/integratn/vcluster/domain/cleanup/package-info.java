/** Host clean-up after a delete (spec 7.1): vcluster's ownership marker, the volume selection and its messages. */
@NullMarked
package tech.integratn.vcluster.domain.cleanup;

import org.jspecify.annotations.NullMarked;
