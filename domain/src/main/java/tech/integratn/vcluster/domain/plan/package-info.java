/** The cluster plan: every value of a request resolved against presets, defaults and the profile. */
@NullMarked
package tech.integratn.vcluster.domain.plan;

import org.jspecify.annotations.NullMarked;
