package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.resource.Certificate;
import tech.integratn.vcluster.domain.resource.Issuer;
import tech.integratn.vcluster.domain.resource.Job;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.resource.Role;
import tech.integratn.vcluster.domain.resource.RoleBinding;
import tech.integratn.vcluster.domain.resource.ServiceAccount;

/** The certificate set of an external etcd and the job that merges it into one secret. */
public record EtcdCertificates(
    ServiceAccount serviceAccount,
    Role role,
    RoleBinding roleBinding,
    Issuer selfSignedIssuer,
    Certificate caCertificate,
    Issuer caIssuer,
    Certificate serverCertificate,
    Certificate peerCertificate,
    Job mergeJob) {

  /** Every object, in file order. */
  public Seq<KubernetesObject> objects() {
    return List.of(
        serviceAccount, role, roleBinding, selfSignedIssuer, caCertificate, caIssuer, serverCertificate,
        peerCertificate, mergeJob);
  }
}
