package tech.integratn.vcluster.domain.schema;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.orchestrator.RequestFields;

/**
 * Which request fields a chart value is derived from: a table of chart paths (prefixes of the
 * vcluster {@code valuesObject}) to the request fields, preset or profile settings that produce
 * them, as written by {@code HelmValues}. The most specific (longest) matching prefix wins.
 */
public final class ChartValueSources {

  private ChartValueSources() {}

  /** Chart path prefix → what it comes from, most specific first within each section. */
  public static final Seq<Tuple2<String, String>> TABLE = List.of(
      row("controlPlane.distro.k8s.image.tag", RequestFields.VCLUSTER_K8S_VERSION),
      row("controlPlane.distro", "the platform profile"),
      row("controlPlane.serviceMonitor.labels.vcluster_name", RequestFields.NAME),
      row("controlPlane.serviceMonitor.labels.vcluster_namespace", RequestFields.TARGET_NAMESPACE),
      row("controlPlane.serviceMonitor.labels.environment", RequestFields.INTEGRATIONS_ARGOCD_ENVIRONMENT + " / preset"),
      row("controlPlane.serviceMonitor", "the platform profile"),
      row("controlPlane.statefulSet.highAvailability.replicas", RequestFields.VCLUSTER_REPLICAS + " / preset"),
      row("controlPlane.statefulSet.persistence.volumeClaim.enabled", RequestFields.VCLUSTER_PERSISTENCE_ENABLED + " / preset"),
      row("controlPlane.statefulSet.persistence.volumeClaim.size", RequestFields.VCLUSTER_PERSISTENCE_SIZE + " / preset"),
      row("controlPlane.statefulSet.persistence.volumeClaim.storageClass", RequestFields.VCLUSTER_PERSISTENCE_STORAGE_CLASS),
      row("controlPlane.statefulSet.resources.requests.cpu", RequestFields.VCLUSTER_RESOURCES_REQUESTS_CPU + " / preset"),
      row("controlPlane.statefulSet.resources.requests.memory", RequestFields.VCLUSTER_RESOURCES_REQUESTS_MEMORY + " / preset"),
      row("controlPlane.statefulSet.resources.limits.cpu", RequestFields.VCLUSTER_RESOURCES_LIMITS_CPU + " / preset"),
      row("controlPlane.statefulSet.resources.limits.memory", RequestFields.VCLUSTER_RESOURCES_LIMITS_MEMORY + " / preset"),
      row("controlPlane.statefulSet", "the platform profile"),
      row("controlPlane.coredns.deployment.replicas", RequestFields.VCLUSTER_COREDNS_REPLICAS + " / preset"),
      row("controlPlane.coredns.overwriteConfig", RequestFields.VCLUSTER_NETWORKING_CLUSTER_DOMAIN),
      row("controlPlane.coredns", "the platform profile"),
      row("controlPlane.ingress", "the platform profile"),
      row("controlPlane.service.annotations",
          RequestFields.EXPOSURE_HOSTNAME + " / " + RequestFields.EXPOSURE_VIP + " / " + RequestFields.EXPOSURE_SUBNET + " + " + RequestFields.EXPOSURE_VIP_OFFSET),
      row("controlPlane.service.spec.loadBalancerIP",
          RequestFields.EXPOSURE_VIP + " / " + RequestFields.EXPOSURE_SUBNET + " + " + RequestFields.EXPOSURE_VIP_OFFSET),
      row("controlPlane.service.spec.ports", RequestFields.EXPOSURE_API_PORT),
      row("controlPlane.service", "the platform profile"),
      row("controlPlane.backingStore", RequestFields.VCLUSTER_BACKING_STORE),
      row("controlPlane.proxy.extraSANs", RequestFields.EXPOSURE_HOSTNAME + " / " + RequestFields.EXPOSURE_VIP + " / " + RequestFields.EXPOSURE_SUBNET),
      row("deploy", "the platform profile"),
      row("integrations.externalSecrets.sync.fromHost.clusterStores.selector",
          RequestFields.INTEGRATIONS_EXTERNAL_SECRETS_CLUSTER_STORE_SELECTOR_LABELS),
      row("integrations.certManager.sync.fromHost.clusterIssuers.selector",
          RequestFields.INTEGRATIONS_CERT_MANAGER_CLUSTER_ISSUER_SELECTOR_LABELS),
      row("integrations", "the platform profile"),
      row("telemetry", "the platform profile"),
      row("logging", "the platform profile"),
      row("networking.advanced.clusterDomain", RequestFields.VCLUSTER_NETWORKING_CLUSTER_DOMAIN),
      row("networking", "the platform profile"),
      row("sync", "the platform profile"),
      row("rbac", "the platform profile"),
      row("exportKubeConfig.server", RequestFields.EXPOSURE_HOSTNAME + " / " + RequestFields.EXPOSURE_API_PORT),
      row("exportKubeConfig", RequestFields.VCLUSTER_EXPORT_KUBE_CONFIG),
      row("policies", RequestFields.VCLUSTER_ISOLATION_MODE));

  /** What the value at {@code chartPath} (dotted, as {@link SchemaViolation#path()}) is derived from. */
  public static String sourceOf(String chartPath) {
    return TABLE
        .filter(r -> covers(r._1, chartPath))
        .maxBy(r -> r._1.length())
        .map(Tuple2::_2)
        .getOrElse("the engine's defaults");
  }

  /** The table row for a prefix, if any (for tests and documentation). */
  public static Option<String> row(String prefix) {
    return TABLE.find(r -> r._1.equals(prefix)).map(Tuple2::_2);
  }

  private static boolean covers(String prefix, String path) {
    return path.equals(prefix)
        || path.startsWith(prefix) && (path.charAt(prefix.length()) == '.' || path.charAt(prefix.length()) == '[');
  }

  private static Tuple2<String, String> row(String prefix, String source) {
    return Tuple.of(prefix, source);
  }
}
