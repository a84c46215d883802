/** The Kratix Promise of the request API: the CRD schema generated from the field table, and the Promise document. */
@NullMarked
package tech.integratn.vcluster.domain.promise;

import org.jspecify.annotations.NullMarked;
