/** Tests of the host clean-up's marker, selection and messages. */
@NullMarked
package tech.integratn.vcluster.domain.cleanup;

import org.jspecify.annotations.NullMarked;
