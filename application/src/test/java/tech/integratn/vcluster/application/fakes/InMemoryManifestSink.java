package tech.integratn.vcluster.application.fakes;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.application.port.out.ManifestSink;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.resource.KubernetesObject;

/** A manifest sink that keeps the last published set in memory; it can be told to fail. */
public final class InMemoryManifestSink implements ManifestSink {

  private Map<String, OutputFile> published = LinkedHashMap.empty();
  private Option<String> failure = Option.none();
  private int publishCalls;

  public InMemoryManifestSink failingWith(String reason) {
    failure = Option.some(reason);
    return this;
  }

  @Override
  public Either<String, Seq<String>> publish(Seq<OutputFile> files) {
    publishCalls++;
    if (failure.isDefined()) {
      return Either.left(failure.get());
    }
    if (files.flatMap(OutputFile::objects).map(KubernetesObject::kind).contains("Secret")) {
      return Either.left("refusing to write a Secret");
    }
    published = LinkedHashMap.ofEntries(files.map(f -> io.vavr.Tuple.of(f.path(), f)));
    return Either.right(files.map(OutputFile::path));
  }

  public Map<String, OutputFile> published() {
    return published;
  }

  public int publishCalls() {
    return publishCalls;
  }
}
