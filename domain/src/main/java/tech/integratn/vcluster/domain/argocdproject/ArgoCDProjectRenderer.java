package tech.integratn.vcluster.domain.argocdproject;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.tree.StringMap;

/** Renders a checked argocd-project request (spec 9.4): one AppProject in {@code resources/appproject.yaml}. */
public final class ArgoCDProjectRenderer {

  /** The one output file (upstream's path). */
  public static final String FILE = "resources/appproject.yaml";

  private ArgoCDProjectRenderer() {}

  /** The AppProject's namespace: the request's, else the profile's Argo CD namespace. */
  public static String namespace(ProjectRequest spec, PlatformProfile profile) {
    return spec.namespace().getOrElse(profile.argocdNamespace());
  }

  /**
   * The base labels of 9.3, then the request's labels over them: the request wins key by key and
   * a key keeps its first position.
   */
  public static StringMap labels(ProjectRequest spec, String promiseName) {
    return StringMap.of(
            "app.kubernetes.io/managed-by", "kratix",
            "kratix.io/promise-name", promiseName,
            "kratix.io/resource-name", spec.name())
        .putAll(spec.labels());
  }

  public static AppProject appProject(ProjectRequest spec, PlatformProfile profile, String promiseName) {
    ObjectMeta metadata = new ObjectMeta(spec.name(), Option.some(namespace(spec, profile)), labels(spec, promiseName),
        spec.annotations());
    return new AppProject(metadata, spec.description(), spec.sourceRepos(), spec.destinations(),
        spec.clusterResourceWhitelist(), spec.namespaceResourceWhitelist());
  }

  /** The files configure writes, in order. */
  public static Vector<OutputFile> files(ProjectRequest spec, PlatformProfile profile, String promiseName) {
    return Vector.of(new OutputFile(FILE, Vector.of(appProject(spec, profile, promiseName))));
  }
}
