package tech.integratn.vcluster.domain.tenancy;

import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.profile.PlatformProfile;

/** Spec 10.2 A: no target namespace of any of the four promises may be one the platform reserves. */
public final class ReservedNamespaces {

  private ReservedNamespaces() {}

  /**
   * {@code <path>: <namespace> is reserved by the platform (tenancy.reservedNamespaces)} when
   * {@code namespace} is one of {@link PlatformProfile#reservedNamespaces()}, else null.
   */
  public static @Nullable RequestProblem check(String path, String namespace, PlatformProfile profile) {
    if (!profile.reservedNamespaces().contains(namespace)) {
      return null;
    }
    return new RequestProblem.Reserved(path, namespace + " is reserved by the platform (tenancy.reservedNamespaces)");
  }
}
