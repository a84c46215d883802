package tech.integratn.vcluster.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.Node;

/** An already rendered output tree, e.g. a directory of a GitOps state repository. */
public interface RenderedTreeSource {

  /**
   * Every file of the tree, whatever its name: paths relative to the tree with {@code /} between
   * names, sorted; or why the tree cannot be listed.
   */
  Either<String, Seq<String>> paths();

  /**
   * The documents of one file of {@link #paths()}, in order (empty documents left out), or why
   * they cannot be read; a YAML error names the path, and the line and column in the file.
   */
  Either<RequestProblem, Seq<Node>> documents(String path);

  String describe();
}
