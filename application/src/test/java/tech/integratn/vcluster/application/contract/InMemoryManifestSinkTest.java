package tech.integratn.vcluster.application.contract;

import io.vavr.collection.Set;
import tech.integratn.vcluster.application.fakes.InMemoryManifestSink;
import tech.integratn.vcluster.application.port.out.ManifestSink;

/** The fake honours the same contract as the real sinks. */
class InMemoryManifestSinkTest extends ManifestSinkContract {

  @Override
  protected ManifestSink sink() {
    return new InMemoryManifestSink();
  }

  @Override
  protected Set<String> publishedPaths(ManifestSink sink) {
    return ((InMemoryManifestSink) sink).published().keySet();
  }
}
