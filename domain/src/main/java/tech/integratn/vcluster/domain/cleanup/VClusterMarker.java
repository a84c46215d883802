package tech.integratn.vcluster.domain.cleanup;

/**
 * The value of the label {@code vcluster.loft.sh/managed-by} that vcluster's syncer puts on the
 * cluster-scoped host objects it creates for one virtual cluster: {@code SafeConcatName(targetNamespace,
 * "x", name)} as vcluster computes it (the parts joined with {@code -}; over 63 characters, the first
 * 52, {@code -} and the first 10 hexadecimal digits of the SHA-256 of the joined text, and then every
 * {@code .-} replaced by {@code -}).
 *
 * <p>Checked against vcluster's source (loft-sh/vcluster, {@code pkg/util/translate}): the
 * single-namespace translator labels cluster-scoped host objects with
 * {@code SafeConcatName(targetNamespace, "x", Suffix)}, the suffix being the vcluster's name, and
 * {@code SafeConcatName} cuts at 52 characters as above. Go slices bytes, this slices chars: the
 * same for the DNS labels that names and namespaces are.
 */
public final class VClusterMarker {

  /** The label key vcluster sets on the host objects it owns. */
  public static final String LABEL = "vcluster.loft.sh/managed-by";

  private static final int MAX = 63;
  private static final int KEPT = 52;
  private static final int HASH_DIGITS = 10;

  private VClusterMarker() {}

  /** The marker of the vcluster {@code name} running in the host namespace {@code targetNamespace}. */
  public static String of(String targetNamespace, String name) {
    return safeConcatName(targetNamespace, "x", name);
  }

  /**
   * How often {@code -x-} occurs in {@code <targetNamespace>-x-<name>}, overlapping occurrences
   * counted ({@code a-x-x-b} has two). More than one means that another pair of namespace and name
   * joins to the same text, so two vclusters can share the marker ({@code web-x-media} in
   * {@code vc} and {@code media} in {@code vc-x-web}): spec 10.3.
   */
  public static int separators(String targetNamespace, String name) {
    String joined = targetNamespace + "-x-" + name;
    int count = 0;
    for (int i = joined.indexOf("-x-"); i >= 0; i = joined.indexOf("-x-", i + 1)) {
      count++;
    }
    return count;
  }

  /** Whether two different vclusters can carry the marker of {@code name} in {@code targetNamespace}. */
  public static boolean isAmbiguous(String targetNamespace, String name) {
    return separators(targetNamespace, name) > 1;
  }

  /** vcluster's {@code SafeConcatName}. */
  public static String safeConcatName(String... parts) {
    String joined = String.join("-", parts);
    if (joined.length() <= MAX) {
      return joined;
    }
    String digest = Sha256.hex(Sha256.digest(Sha256.utf8(joined)));
    return (joined.substring(0, KEPT) + "-" + digest.substring(0, HASH_DIGITS)).replace(".-", "-");
  }
}
