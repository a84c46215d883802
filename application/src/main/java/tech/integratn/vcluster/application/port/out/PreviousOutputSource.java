package tech.integratn.vcluster.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.domain.diff.Manifest;

/** A previous output of a request, to compare a new render with (spec 12.2: a render output or a state store). */
public interface PreviousOutputSource {

  /** Every document of the previous output, or why it cannot be read (worded for a person, naming the path). */
  Either<String, Seq<Manifest>> manifests();
}
