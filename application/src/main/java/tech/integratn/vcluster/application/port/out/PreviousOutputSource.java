package tech.integratn.vcluster.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.domain.diff.Manifest;

/** A previous output of a request, to compare a new render with (spec 12.2: a render output or a state store). */
public interface PreviousOutputSource {

  /** Every document of the previous output with its notes, or why it cannot be read (worded for a person, naming the path). */
  Either<String, Previous> read();

  /**
   * The documents of a previous output, and a note (worded for a person, naming the path) per entry
   * left out that the reader should know of, such as a symbolic link not followed.
   */
  record Previous(Seq<Manifest> manifests, Seq<String> notes) {}
}
