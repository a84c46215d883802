/** In-ports: the use cases the engine offers to drivers (the Kratix entry point, the CLI, a library caller). */
@NullMarked
package tech.integratn.vcluster.application.port.in;

import org.jspecify.annotations.NullMarked;
