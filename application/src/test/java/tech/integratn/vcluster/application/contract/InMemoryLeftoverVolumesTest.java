package tech.integratn.vcluster.application.contract;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.application.fakes.InMemoryLeftoverVolumes;
import tech.integratn.vcluster.application.port.out.LeftoverVolumes;
import tech.integratn.vcluster.domain.cleanup.LeftoverVolume;

/** The fake honours the same contract as the Kubernetes adapter. */
class InMemoryLeftoverVolumesTest extends LeftoverVolumesContract {

  private final InMemoryLeftoverVolumes fake = new InMemoryLeftoverVolumes();

  @Override
  protected LeftoverVolumes volumes() {
    return fake;
  }

  @Override
  protected void plant(String name, Option<String> claimNamespace, String phase, String... labels) {
    fake.with(new LeftoverVolume(name, claimNamespace, phase, io.vavr.collection.LinkedHashMap.empty()), labels);
  }

  @Override
  protected Seq<String> remaining() {
    return fake.names();
  }
}
