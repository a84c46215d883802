package tech.integratn.vcluster.domain.argocdapplication;

import io.vavr.collection.List;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Renders a decoded request into {@code resources/application.yaml} (spec 9.5): one Application
 * whose labels are the Kratix base labels with the request's labels merged over them (the request
 * wins, a key keeps its first position). The values are not validated again.
 */
public final class ArgoCDApplicationRenderer {

  /** The one output file (upstream's path). */
  public static final String FILE = "resources/application.yaml";

  private ArgoCDApplicationRenderer() {}

  /** The Kratix base labels of 9.3 for {@code name}. */
  public static StringMap baseLabels(String promiseName, String name) {
    return StringMap.of(
        "app.kubernetes.io/managed-by", "kratix",
        "kratix.io/promise-name", promiseName,
        "kratix.io/resource-name", name);
  }

  public static Application application(ApplicationRequest request, String promiseName) {
    StringMap labels = baseLabels(promiseName, request.name()).putAll(request.labels());
    ObjectMeta metadata = new ObjectMeta(request.name(), io.vavr.control.Option.some(request.namespace()), labels,
        request.annotations());
    return new Application(metadata, request.finalizers(), request.project(), request.destination(), request.source(),
        request.syncPolicy());
  }

  public static OutputFile render(ApplicationRequest request, String promiseName) {
    return new OutputFile(FILE, List.of(application(request, promiseName)));
  }
}
