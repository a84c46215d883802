/** JMH benchmarks: warm configure renders and the cost of YAML serialisation alone. */
@NullMarked
package tech.integratn.vcluster.benchmarks;

import org.jspecify.annotations.NullMarked;
