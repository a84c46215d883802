package tech.integratn.vcluster.adapters.fs.yaml;

/**
 * Bounds on what the reader accepts, so hostile input fails fast with a clear message.
 *
 * @param maxBytes the largest document accepted
 * @param maxDepth the deepest nesting of maps and lists
 * @param maxNodes the most scalars, maps and lists in one document
 */
public record YamlLimits(int maxBytes, int maxDepth, int maxNodes) {

  /** 1 MiB (Kubernetes objects are at most 1.5 MiB in etcd, requests are a few KiB), depth 64, 200 000 nodes. */
  public static final YamlLimits DEFAULT = new YamlLimits(1 << 20, 64, 200_000);
}
