/** The Kratix pipeline contract: environment variables and the {@code /kratix} directory layout. */
@NullMarked
package tech.integratn.vcluster.adapters.kratix;

import org.jspecify.annotations.NullMarked;
