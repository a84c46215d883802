package tech.integratn.vcluster.domain.conflicts;

import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * One object a request puts on a cluster or in a store, identified by kind, namespace
 * ({@code ""} when cluster-scoped or not namespaced, e.g. a 1Password item) and name, with the
 * request field its name comes from and, where known, its body (compared for the shared request
 * namespace of spec 7.1).
 */
public record RenderedObject(String kind, String namespace, String name, Origin origin, Option<Node> body) {}
