package tech.integratn.vcluster.domain.conflicts;

/**
 * Two requests that cannot both be in place; {@code first} precedes {@code second} in path order.
 * Worded in {@link ConflictTexts}.
 */
public sealed interface Conflict
    permits Conflict.SameObject, Conflict.SameHostname, Conflict.SameVip, Conflict.SameTargetNamespace {

  RequestFile first();

  RequestFile second();

  Origin firstOrigin();

  Origin secondOrigin();

  /** Both render the object {@code kind namespace/name}. */
  record SameObject(RequestFile first, RequestFile second, String kind, String namespace, String name, Origin firstOrigin,
      Origin secondOrigin) implements Conflict {}

  /** Both expose a vcluster at {@code hostname}. */
  record SameHostname(RequestFile first, RequestFile second, String hostname, Origin firstOrigin, Origin secondOrigin)
      implements Conflict {}

  /** Both ask MetalLB for {@code vip}. */
  record SameVip(RequestFile first, RequestFile second, String vip, Origin firstOrigin, Origin secondOrigin)
      implements Conflict {}

  /** Both put a vcluster in {@code namespace}. */
  record SameTargetNamespace(RequestFile first, RequestFile second, String namespace, Origin firstOrigin,
      Origin secondOrigin) implements Conflict {}
}
