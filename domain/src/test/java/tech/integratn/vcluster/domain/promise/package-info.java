/** Tests of the CRD schema generator, the pattern conversion and the Promise document. */
@NullMarked
package tech.integratn.vcluster.domain.promise;

import org.jspecify.annotations.NullMarked;
