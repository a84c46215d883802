/** YAML in and out with Jackson's streaming parser and generator: bounded, ordered, deterministic. */
@NullMarked
package tech.integratn.vcluster.adapters.fs.yaml;

import org.jspecify.annotations.NullMarked;
