package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.resource.ArgoCDApplication;
import tech.integratn.vcluster.domain.resource.ArgoCDClusterRegistration;
import tech.integratn.vcluster.domain.resource.ArgoCDProject;
import tech.integratn.vcluster.domain.resource.ConfigMap;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.resource.Namespace;

/** Everything a configure run renders for one request, as typed objects. */
public record VClusterResources(
    ArgoCDProject project,
    ArgoCDApplication application,
    ArgoCDClusterRegistration clusterRegistration,
    Namespace namespace,
    ConfigMap coredns,
    Option<EtcdCertificates> etcd,
    Option<Seq<KubernetesObject>> networkPolicies) {

  public static final String PROJECT_FILE = "resources/argocd-project-request.yaml";
  public static final String APPLICATION_FILE = "resources/argocd-application-request.yaml";
  public static final String REGISTRATION_FILE = "resources/argocd-cluster-registration-request.yaml";
  public static final String NAMESPACE_FILE = "resources/namespace.yaml";
  public static final String COREDNS_FILE = "resources/coredns-configmap.yaml";
  public static final String ETCD_FILE = "resources/etcd-certificates.yaml";
  public static final String NETWORK_POLICIES_FILE = "resources/network-policies.yaml";

  /** The output files of the contract (section 4), in a stable order. */
  public Seq<OutputFile> files() {
    OutputFile projectFile = new OutputFile(PROJECT_FILE, List.of(project));
    OutputFile applicationFile = new OutputFile(APPLICATION_FILE, List.of(application));
    OutputFile registrationFile = new OutputFile(REGISTRATION_FILE, List.of(clusterRegistration));
    OutputFile namespaceFile = new OutputFile(NAMESPACE_FILE, List.of(namespace));
    OutputFile corednsFile = new OutputFile(COREDNS_FILE, List.of(coredns));
    java.util.List<OutputFile> files = new java.util.ArrayList<>(java.util.List.of(
        projectFile, applicationFile, registrationFile, namespaceFile, corednsFile));
    if (etcd.isDefined()) {
      files.add(new OutputFile(ETCD_FILE, etcd.get().objects()));
    }
    if (networkPolicies.isDefined()) {
      files.add(new OutputFile(NETWORK_POLICIES_FILE, networkPolicies.get()));
    }
    return Vector.ofAll(files);
  }

  /** Sub-requests fulfilled by sibling promises. */
  public int resourceRequests() {
    return 3;
  }

  /** Files applied directly: namespace, CoreDNS config map, etcd certificates, network policies. */
  public int directResources() {
    return 2 + (etcd.isDefined() ? 1 : 0) + (networkPolicies.isDefined() ? 1 : 0);
  }
}
