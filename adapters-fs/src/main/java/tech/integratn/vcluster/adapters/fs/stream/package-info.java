/** Jackson token streams (YAML or JSON) turned into bounded {@code Node} trees. */
@NullMarked
package tech.integratn.vcluster.adapters.fs.stream;

import org.jspecify.annotations.NullMarked;
