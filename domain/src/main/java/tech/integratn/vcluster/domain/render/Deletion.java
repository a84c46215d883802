package tech.integratn.vcluster.domain.render;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.request.VClusterOrchestratorV2Status;

/**
 * What a delete run reports: the objects the configure run had scheduled (for the log) and the
 * {@code Deleting} status.
 *
 * @param name the cluster name
 * @param files the files and objects configure renders for this request
 * @param status the delete status
 * @param exact whether the request still validates (else the list is derived from its name alone)
 */
public record Deletion(String name, Seq<OutputFile> files, VClusterOrchestratorV2Status status, boolean exact) {}
