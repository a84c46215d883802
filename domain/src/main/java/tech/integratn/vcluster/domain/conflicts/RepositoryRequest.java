package tech.integratn.vcluster.domain.conflicts;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * What one request of a repository would put in place, as the caller computed it: every object
 * it renders (for the orchestrator its own objects and, transitively, what its sub-requests'
 * promises render: the AppProject, the Application, the Argo CD cluster Secret
 * {@code cluster-<name>}, the 1Password item; for every request its own object, kind, namespace
 * and {@code metadata.name}), and for a vcluster every hostname and every VIP it asks for after
 * {@code helmOverrides} (external-dns reads a list of names; MetalLB or Cilium a list of addresses
 * besides the deprecated {@code loadBalancerIP}) and its target namespace (none for a sub-promise
 * request).
 */
public record RepositoryRequest(RequestFile file, Seq<RenderedObject> objects, Seq<Claim> hostnames, Seq<Claim> vips,
    Option<Claim> targetNamespace) {

  /** A request that asks for at most one hostname and one VIP. */
  public RepositoryRequest(RequestFile file, Seq<RenderedObject> objects, Option<Claim> hostname, Option<Claim> vip,
      Option<Claim> targetNamespace) {
    this(file, objects, List.ofAll(hostname), List.ofAll(vip), targetNamespace);
  }
}
