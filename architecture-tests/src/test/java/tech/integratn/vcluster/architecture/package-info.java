/** ArchUnit rules that keep the hexagon, the domain's purity and the naming of ports true. */
@NullMarked
package tech.integratn.vcluster.architecture;

import org.jspecify.annotations.NullMarked;
