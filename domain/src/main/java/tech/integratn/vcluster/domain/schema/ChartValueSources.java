package tech.integratn.vcluster.domain.schema;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Which request fields a chart value is derived from: a table of chart paths (prefixes of the
 * vcluster {@code valuesObject}) to the request fields, preset or profile settings that produce
 * them, as written by {@code HelmValues}. The most specific (longest) matching prefix wins.
 */
public final class ChartValueSources {

  private ChartValueSources() {}

  /** Chart path prefix → what it comes from, most specific first within each section. */
  public static final Seq<Tuple2<String, String>> TABLE = List.of(
      row("controlPlane.distro.k8s.image.tag", "spec.vcluster.k8sVersion"),
      row("controlPlane.distro", "the platform profile"),
      row("controlPlane.serviceMonitor.labels.vcluster_name", "spec.name"),
      row("controlPlane.serviceMonitor.labels.vcluster_namespace", "spec.targetNamespace"),
      row("controlPlane.serviceMonitor.labels.environment", "spec.integrations.argocd.environment / preset"),
      row("controlPlane.serviceMonitor", "the platform profile"),
      row("controlPlane.statefulSet.highAvailability.replicas", "spec.vcluster.replicas / preset"),
      row("controlPlane.statefulSet.persistence.volumeClaim.enabled", "spec.vcluster.persistence.enabled / preset"),
      row("controlPlane.statefulSet.persistence.volumeClaim.size", "spec.vcluster.persistence.size / preset"),
      row("controlPlane.statefulSet.persistence.volumeClaim.storageClass", "spec.vcluster.persistence.storageClass"),
      row("controlPlane.statefulSet.resources.requests.cpu", "spec.vcluster.resources.requests.cpu / preset"),
      row("controlPlane.statefulSet.resources.requests.memory", "spec.vcluster.resources.requests.memory / preset"),
      row("controlPlane.statefulSet.resources.limits.cpu", "spec.vcluster.resources.limits.cpu / preset"),
      row("controlPlane.statefulSet.resources.limits.memory", "spec.vcluster.resources.limits.memory / preset"),
      row("controlPlane.statefulSet", "the platform profile"),
      row("controlPlane.coredns.deployment.replicas", "spec.vcluster.coredns.replicas / preset"),
      row("controlPlane.coredns.overwriteConfig", "spec.vcluster.networking.clusterDomain"),
      row("controlPlane.coredns", "the platform profile"),
      row("controlPlane.ingress", "the platform profile"),
      row("controlPlane.service.annotations",
          "spec.exposure.hostname / spec.exposure.vip / spec.exposure.subnet + spec.exposure.vipOffset"),
      row("controlPlane.service.spec.loadBalancerIP",
          "spec.exposure.vip / spec.exposure.subnet + spec.exposure.vipOffset"),
      row("controlPlane.service.spec.ports", "spec.exposure.apiPort"),
      row("controlPlane.service", "the platform profile"),
      row("controlPlane.backingStore", "spec.vcluster.backingStore"),
      row("controlPlane.proxy.extraSANs", "spec.exposure.hostname / spec.exposure.vip / spec.exposure.subnet"),
      row("deploy", "the platform profile"),
      row("integrations.externalSecrets.sync.fromHost.clusterStores.selector",
          "spec.integrations.externalSecrets.clusterStoreSelectorLabels"),
      row("integrations.certManager.sync.fromHost.clusterIssuers.selector",
          "spec.integrations.certManager.clusterIssuerSelectorLabels"),
      row("integrations", "the platform profile"),
      row("telemetry", "the platform profile"),
      row("logging", "the platform profile"),
      row("networking.advanced.clusterDomain", "spec.vcluster.networking.clusterDomain"),
      row("networking", "the platform profile"),
      row("sync", "the platform profile"),
      row("rbac", "the platform profile"),
      row("exportKubeConfig.server", "spec.exposure.hostname / spec.exposure.apiPort"),
      row("exportKubeConfig", "spec.vcluster.exportKubeConfig"),
      row("policies", "spec.vcluster.isolationMode"));

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
