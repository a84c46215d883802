package tech.integratn.vcluster.domain.conflicts;

import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * What one request of a repository would put in place, as the caller computed it: every object
 * it renders (for the orchestrator its own objects and, transitively, what its sub-requests'
 * promises render: the AppProject, the Application, the Argo CD cluster Secret
 * {@code cluster-<name>}, the 1Password item; for every request its own object, kind, namespace
 * and {@code metadata.name}), and for a vcluster its hostname, its VIP after {@code helmOverrides}
 * and its target namespace (none for a sub-promise request).
 */
public record RepositoryRequest(RequestFile file, Seq<RenderedObject> objects, Option<Claim> hostname, Option<Claim> vip,
    Option<Claim> targetNamespace) {}
