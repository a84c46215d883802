/**
 * Property-based and hostile-input tests of the request path: mutated corpus requests, broken
 * YAML, deep nesting, aliases and oversized files must always end in a result or a clear problem.
 */
@NullMarked
package tech.integratn.vcluster.adapters.fs.fuzz;

import org.jspecify.annotations.NullMarked;
