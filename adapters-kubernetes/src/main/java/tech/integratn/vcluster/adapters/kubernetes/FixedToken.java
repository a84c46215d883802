package tech.integratn.vcluster.adapters.kubernetes;

import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;

/**
 * The bearer token read once from the access, on every request to the configured server. It
 * replaces fabric8's token interceptor, which answers a 401 by re-reading credentials (from the
 * kubeconfig or the environment) and sending the request again (spec 10.3: no retries, no
 * credentials from anywhere else).
 */
final class FixedToken implements Interceptor {

  private final String token;

  FixedToken(String token) {
    this.token = token;
  }

  @Override
  public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
    if (!token.isBlank()) {
      builder.setHeader("Authorization", "Bearer " + token);
    }
  }
}
