/** Tests of the JSON-Schema subset validator and of the chart-values violation messages. */
@NullMarked
package tech.integratn.vcluster.domain.schema;

import org.jspecify.annotations.NullMarked;
