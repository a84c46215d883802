package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;

/**
 * What a sub-promise's configure run renders.
 *
 * @param files the output files, in the order of the promise's table
 * @param status the {@code Configured} status
 * @param warnings unknown fields and other warnings of the request
 */
public record SubRequestRendering(Seq<OutputFile> files, RequestStatus status, Seq<RequestWarning> warnings) {}
