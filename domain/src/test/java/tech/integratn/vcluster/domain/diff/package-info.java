/** Tests of the manifest diff: one golden line set per kind of change, and properties over generated trees. */
@NullMarked
package tech.integratn.vcluster.domain.diff;

import org.jspecify.annotations.NullMarked;
