package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2Status;

/**
 * What a delete run reports: the objects the configure run had scheduled (for the log) and the
 * {@code Deleting} status.
 *
 * @param name the cluster name
 * @param files the files and objects configure renders for this request
 * @param status the delete status
 * @param exact whether the request still validates (else the list is derived from its name alone)
 * @param targetNamespace the host namespace the vcluster ran in, when the document names it (its
 *     {@code spec.targetNamespace}, else its own namespace, as configure defaults it)
 * @param notListed what a request that no longer validates had rendered but cannot be listed now,
 *     each as the problem that stands in the way (spec 7: logged as {@code not listed: <problem>})
 */
public record Deletion(
    String name, Seq<OutputFile> files, VClusterOrchestratorV2Status status, boolean exact,
    Option<String> targetNamespace, Seq<String> notListed) {}
