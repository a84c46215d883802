/** The platform profile: everything organisation-specific (presets, VIP offset, versions, repos, labels). */
@NullMarked
package tech.integratn.vcluster.domain.profile;

import org.jspecify.annotations.NullMarked;
