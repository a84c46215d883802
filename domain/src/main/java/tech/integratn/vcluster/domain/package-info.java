/** Pure domain of the vcluster orchestrator: shared style and entry points of the domain model. */
@NullMarked
package tech.integratn.vcluster.domain;

import org.jspecify.annotations.NullMarked;
