package tech.integratn.vcluster.adapters.kubernetes;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.application.contract.LeftoverVolumesContract;
import tech.integratn.vcluster.application.port.out.LeftoverVolumes;

/** The adapter passes the port's contract against an API server that stores what it is sent. */
class KubernetesLeftoverVolumesContractTest extends LeftoverVolumesContract {

  @TempDir Path temp;
  @RegisterExtension final CrudApiServer api = new CrudApiServer();

  @Override
  protected LeftoverVolumes volumes() {
    try {
      return KubernetesLeftoverVolumes.kubeconfig(ApiServers.kubeconfig(temp, ApiServers.url(api.server())),
          KubernetesLeftoverVolumes.CALL_TIMEOUT, KubernetesLeftoverVolumes.BUDGET);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void plant(String name, Option<String> claimNamespace, String phase, String... labels) {
    api.admin().persistentVolumes().resource(ApiServers.pv(name, claimNamespace.getOrNull(), phase, labels)).create();
  }

  @Override
  protected Seq<String> remaining() {
    Vector<String> names = Vector.empty();
    for (PersistentVolume pv : api.admin().persistentVolumes().list().getItems()) {
      names = names.append(pv.getMetadata().getName());
    }
    return names.sorted();
  }
}
