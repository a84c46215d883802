package tech.integratn.vcluster.adapters.kubernetes;

import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.net.http.HttpClient;

/**
 * fabric8's JDK HTTP client with redirects off (spec 10.3): fabric8's common configuration turns
 * following on, and this runs after it. A 3xx answer then reaches the caller as a failure, and the
 * bearer token never goes to a host or scheme a response names. For the pod's service account,
 * no proxy either, whatever the process's proxy settings say.
 */
final class NoRedirectsClientFactory extends JdkHttpClientFactory {

  private final boolean direct;

  /** @param direct whether to ignore every proxy setting */
  NoRedirectsClientFactory(boolean direct) {
    this.direct = direct;
  }

  @Override
  protected void additionalConfig(HttpClient.Builder builder) {
    builder.followRedirects(HttpClient.Redirect.NEVER);
    if (direct) {
      builder.proxy(HttpClient.Builder.NO_PROXY);
    }
  }
}
