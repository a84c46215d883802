/** Contract tests of the out-ports: every adapter and every fake must pass the same ones. */
@NullMarked
package tech.integratn.vcluster.application.contract;

import org.jspecify.annotations.NullMarked;
