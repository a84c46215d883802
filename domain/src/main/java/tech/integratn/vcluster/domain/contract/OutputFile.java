package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.resource.KubernetesObject;

/**
 * One file of the output tree: a path relative to the output directory (part of the contract)
 * and the documents it holds, in order.
 */
public record OutputFile(String path, Seq<KubernetesObject> objects) {}
