package tech.integratn.vcluster.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.domain.contract.OutputFile;

/**
 * Where rendered manifests go. Publishing is all or nothing: either every file is in place or
 * the destination is as it was.
 */
public interface ManifestSink {

  /** Publishes exactly {@code files} (an empty list publishes an empty output). */
  Either<String, Seq<String>> publish(Seq<OutputFile> files);
}
