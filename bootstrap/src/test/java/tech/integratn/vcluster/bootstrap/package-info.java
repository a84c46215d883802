/** Tests of the entry points: the CLI, the Kratix mode, golden examples, the corpus and the jar. */
@NullMarked
package tech.integratn.vcluster.bootstrap;

import org.jspecify.annotations.NullMarked;
