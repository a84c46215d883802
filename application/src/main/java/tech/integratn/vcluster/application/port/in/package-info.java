/** In-ports: the use cases the driving adapters call through (Kratix mode and the CLI), with their results and failures. */
@NullMarked
package tech.integratn.vcluster.application.port.in;

import org.jspecify.annotations.NullMarked;
