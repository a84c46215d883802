/** Wiring and entry points: the Kratix mode, the CLI and the runnable jar's main. */
@NullMarked
package tech.integratn.vcluster.bootstrap;

import org.jspecify.annotations.NullMarked;
