package tech.integratn.vcluster.application.port.out;

import io.vavr.control.Either;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.Node;

/** Where the request document comes from (Kratix's input object, a file given on the command line). */
public interface RequestSource {

  /** The whole request document, or why it cannot be read (unreadable, too large, not YAML). */
  Either<RequestProblem, Node> load();

  /** A short name of the source for messages (a file path). */
  String describe();
}
