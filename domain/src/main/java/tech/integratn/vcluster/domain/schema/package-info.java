/**
 * Chart-values checking at run time: a small JSON-Schema subset validator over {@code Node} trees
 * (no data binding) and the mapping of its violations back to request fields.
 */
@NullMarked
package tech.integratn.vcluster.domain.schema;

import org.jspecify.annotations.NullMarked;
