package tech.integratn.vcluster.application.fakes;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.application.port.out.RenderedTreeSource;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.Node;

/** A rendered tree held in memory: files with their documents, unreadable files, or no tree at all. */
public final class InMemoryRenderedTree implements RenderedTreeSource {

  private final Option<String> unlisted;
  private final LinkedHashMap<String, Either<RequestProblem, Seq<Node>>> files;

  private InMemoryRenderedTree(Option<String> unlisted, LinkedHashMap<String, Either<RequestProblem, Seq<Node>>> files) {
    this.unlisted = unlisted;
    this.files = files;
  }

  public static InMemoryRenderedTree empty() {
    return new InMemoryRenderedTree(Option.none(), LinkedHashMap.empty());
  }

  /** The files of a rendering, as a run would write them. */
  public static InMemoryRenderedTree of(Rendering<?> rendering) {
    InMemoryRenderedTree tree = empty();
    for (OutputFile file : rendering.files()) {
      tree = tree.with(file.path(), file.objects().map(KubernetesObject::toNode));
    }
    return tree;
  }

  /** A tree that cannot be listed. */
  public static InMemoryRenderedTree unlisted(String reason) {
    return new InMemoryRenderedTree(Option.some(reason), LinkedHashMap.empty());
  }

  public InMemoryRenderedTree with(String path, Seq<? extends Node> documents) {
    return new InMemoryRenderedTree(unlisted, files.put(path, Either.right(List.ofAll(documents))));
  }

  public InMemoryRenderedTree unreadable(String path, RequestProblem why) {
    return new InMemoryRenderedTree(unlisted, files.put(path, Either.left(why)));
  }

  @Override
  public Either<String, Seq<String>> paths() {
    return unlisted.isDefined() ? Either.left(unlisted.get()) : Either.right(files.keySet().toList().sorted());
  }

  @Override
  public Either<RequestProblem, Seq<Node>> documents(String path) {
    return files.get(path).getOrElse(Either.left(new RequestProblem.Unreadable(path, "no such file")));
  }

  @Override
  public String describe() {
    return "memory";
  }
}
