package tech.integratn.vcluster.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.domain.tree.Node;

/** An already rendered output tree, e.g. a directory of a GitOps state repository. */
public interface RenderedTreeSource {

  /**
   * One document of the tree.
   *
   * @param path the file, relative to the tree
   * @param index the document's position in its file, from 0
   * @param document the document
   */
  record RenderedDocument(String path, int index, Node document) {}

  /** Every document of every YAML file, or why the tree cannot be read. */
  Either<String, Seq<RenderedDocument>> documents();

  String describe();
}
