package tech.integratn.vcluster.schematests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Promise;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.promise.PromiseKind;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.orchestrator.ClusterPlan;
import tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Renders a request the way the pipeline does and reads the written YAML back with Jackson, so
 * that what is checked is the text that would land in the GitOps repository.
 */
final class Rendered {

  static final String PROMISE = "vcluster-orchestrator-v2";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final YamlTreeWriter WRITER = new YamlTreeWriter();

  /** One rendered document: {@code <request> -> <output file> #<index>} and its JSON form. */
  record Document(String where, JsonNode json) {}

  private Rendered() {}

  static Node request(String name, byte[] yaml) {
    return new YamlTreeReader().read(name, yaml)
        .getOrElseThrow(p -> new AssertionError(name + ": not readable: " + Problems.render(p)));
  }

  static Rendering<ClusterPlan> render(String name, Node request) {
    return render(name, request, IntegratnProfile.PROFILE);
  }

  static Rendering<ClusterPlan> render(String name, Node request, PlatformProfile profile) {
    return OrchestratorPromise.INSTANCE.configure(request, profile, PROMISE)
        .getOrElseThrow(r -> new AssertionError(name + ": rejected by the renderer: "
            + r.problems().map(Problems::render).mkString("; ")));
  }

  /**
   * The files the pipeline of the request's kind renders (spec 9.1): the orchestrator's, or one
   * sub-promise's.
   */
  static Seq<OutputFile> files(String name, Node request) {
    Option<PromiseKind> kind = PromiseKind.of(request)
        .getOrElseThrow(p -> new AssertionError(name + ": " + Problems.render(p)));
    if (kind.isDefined() && !kind.get().isOrchestrator()) {
      Promise<?> sub = kind.get().promise();
      return sub.configure(request, IntegratnProfile.PROFILE, sub.promiseName())
          .getOrElseThrow(r -> new AssertionError(name + ": rejected by " + sub.promiseName() + ": "
              + r.problems().map(Problems::render).mkString("; ")))
          .files();
    }
    return render(name, request).files();
  }

  static List<Document> documents(String name, Node request) {
    return documents(name, files(name, request));
  }

  /** The documents of {@code files} as written to YAML and read back with Jackson. */
  static List<Document> documents(String name, Seq<OutputFile> files) {
    List<Document> out = new ArrayList<>();
    for (OutputFile file : files) {
      String text = WRITER.write(file.objects().map(KubernetesObject::toNode));
      try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(text)) {
        int index = 0;
        while (docs.hasNext()) {
          out.add(new Document(name + " -> " + file.path() + " #" + index++, docs.next()));
        }
        if (index != file.objects().size()) {
          throw new AssertionError(name + " -> " + file.path() + ": wrote " + file.objects().size()
              + " objects but read back " + index + " documents");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(name + " -> " + file.path() + ": written YAML does not parse", e);
      }
    }
    return out;
  }

  /** Every schema problem of every document rendered for the request. */
  static List<String> problems(String name, Node request) {
    List<String> out = new ArrayList<>();
    for (Document d : documents(name, request)) {
      out.addAll(SharedSchemas.check(d.where(), d.json()));
    }
    return out;
  }
}
