/** Tests of the JSON reader and chart-schema lookup. */
@NullMarked
package tech.integratn.vcluster.adapters.fs.json;

import org.jspecify.annotations.NullMarked;
