package tech.integratn.vcluster.domain.orchestrator;

import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * The parts of the request's own metadata that the pipeline reads.
 *
 * @param name the request object's name
 * @param namespace the request namespace (where the sub-requests are created)
 * @param annotations the request's annotations (base domain, reconcile-at)
 */
public record RequestMetadata(String name, String namespace, StringMap annotations) {

  public static final String BASE_DOMAIN_ANNOTATION = "platform.integratn.tech/base-domain";
  public static final String RECONCILE_AT_ANNOTATION = "platform.integratn.tech/reconcile-at";

  public static RequestMetadata of(String name, String namespace) {
    return new RequestMetadata(name, namespace, StringMap.empty());
  }

  public RequestMetadata withAnnotation(String key, String value) {
    return new RequestMetadata(name, namespace, annotations.put(key, value));
  }
}
