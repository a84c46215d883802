/** Application layer of the vcluster orchestrator: use cases, ports and the services behind them. */
@NullMarked
package tech.integratn.vcluster.application;

import org.jspecify.annotations.NullMarked;
