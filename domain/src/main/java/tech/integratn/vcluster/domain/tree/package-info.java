/** A small, ordered, immutable data tree (maps, lists, scalars) for Helm values and free-form request fields, and ordered string maps (labels, annotations). */
@NullMarked
package tech.integratn.vcluster.domain.tree;

import org.jspecify.annotations.NullMarked;
