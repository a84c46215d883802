/** The argocdproject sub-promise (spec 9): its field table, decoder, renderer and status, depending on no other promise. */
@NullMarked
package tech.integratn.vcluster.domain.argocdproject;

import org.jspecify.annotations.NullMarked;
