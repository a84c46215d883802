/** Rendering: from a cluster plan to the contract's objects, output files and status (spec sections 4 and 7). */
@NullMarked
package tech.integratn.vcluster.domain.render;

import org.jspecify.annotations.NullMarked;
