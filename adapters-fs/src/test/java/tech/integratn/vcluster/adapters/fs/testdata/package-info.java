/** Test support: where the data beside the repository lies, and skipping the tests that need it when it is absent. */
@NullMarked
package tech.integratn.vcluster.adapters.fs.testdata;

import org.jspecify.annotations.NullMarked;
