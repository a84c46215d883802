/** Tests of the committed {@code promise.yaml}: drift from the field table, the Kratix schema, and the request CRD schema. */
@NullMarked
package tech.integratn.vcluster.adapters.fs.promise;

import org.jspecify.annotations.NullMarked;
