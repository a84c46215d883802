/** The vcluster chart's values, built from one small piece per chart section (spec section 5). */
@NullMarked
package tech.integratn.vcluster.domain.values;

import org.jspecify.annotations.NullMarked;
