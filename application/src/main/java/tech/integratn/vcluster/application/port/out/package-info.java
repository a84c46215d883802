/** Out-ports: the capabilities the use cases need from the world, named in domain words. */
@NullMarked
package tech.integratn.vcluster.application.port.out;

import org.jspecify.annotations.NullMarked;
