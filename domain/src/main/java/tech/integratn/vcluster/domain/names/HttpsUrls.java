package tech.integratn.vcluster.domain.names;

/**
 * The rule for an {@code https://} URL without query or fragment (a registration's Connect host,
 * the profile's default Connect host): its shape and its wording, defined once for the field
 * tables and the profile decoder.
 */
public final class HttpsUrls {

  /** {@code https://}, a host that starts with no {@code /}, then no white space, {@code ?} or {@code #}. */
  public static final String HTTPS_URL = "^https://[^\\s/?#][^\\s?#]*$";
  /** The one wording of {@link #HTTPS_URL}'s rule. */
  public static final String HTTPS_URL_RULE = "must be an https:// URL without query or fragment";

  private HttpsUrls() {}
}
