package tech.integratn.vcluster.adapters.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh fabric8 mock API server in CRUD mode (loopback, plain HTTP) for each test, with an admin
 * client that puts volumes on it and reads them back. Register with {@code @RegisterExtension}.
 */
final class CrudApiServer implements BeforeEachCallback, AfterEachCallback {

  private KubernetesMockServer server;
  private KubernetesClient admin;

  @Override
  public void beforeEach(ExtensionContext context) {
    server = ApiServers.crud(false);
    admin = server.createClient();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    admin.close();
    server.destroy();
  }

  KubernetesMockServer server() {
    return server;
  }

  KubernetesClient admin() {
    return admin;
  }
}
