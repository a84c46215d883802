package tech.integratn.vcluster.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.in.ValidateRenderedCommand;
import tech.integratn.vcluster.application.port.in.ValidateRenderedUseCase;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.RenderedTreeSource;
import tech.integratn.vcluster.application.port.out.RenderedTreeSource.RenderedDocument;
import tech.integratn.vcluster.domain.render.Rejection;
import tech.integratn.vcluster.domain.render.VClusterResources;
import tech.integratn.vcluster.domain.request.RequestProblem;
import tech.integratn.vcluster.domain.request.VClusterOrchestratorV2Status;
import tech.integratn.vcluster.domain.schema.ValuesViolations;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** Validates an already rendered tree; every problem is named by file and document. */
public final class ValidateRenderedService implements ValidateRenderedUseCase {

  static final Seq<String> CONTRACT_FILES = List.of(VClusterResources.PROJECT_FILE, VClusterResources.APPLICATION_FILE,
      VClusterResources.REGISTRATION_FILE, VClusterResources.NAMESPACE_FILE, VClusterResources.COREDNS_FILE);

  private final RenderedTreeSource tree;
  private final ChartSchemaSource schemas;
  private final EventLog log;

  public ValidateRenderedService(RenderedTreeSource tree, ChartSchemaSource schemas, EventLog log) {
    this.tree = tree;
    this.schemas = schemas;
    this.log = log;
  }

  @Override
  public Either<RunFailure, RunReport> validate(ValidateRenderedCommand command) {
    Either<String, Seq<RenderedDocument>> documents = tree.documents();
    if (documents.isLeft()) {
      return Either.left(new RunFailure.Rejected(new Rejection(
          List.of(new RequestProblem.Unreadable(tree.describe(), documents.getLeft())), List.empty())));
    }
    Vector<RequestProblem> problems = Vector.empty();
    if (command.requireContractFiles()) {
      Seq<String> present = documents.get().map(RenderedDocument::path).distinct();
      problems = problems.appendAll(CONTRACT_FILES.removeAll(present)
          .map(f -> new RequestProblem.Missing(tree.describe() + "/" + f)));
    }
    for (RenderedDocument d : documents.get()) {
      String where = d.path() + "#" + d.index();
      if (text(d.document(), "kind").contains("Secret")) {
        problems = problems.append(new RequestProblem.RuleBroken(where, "the pipeline never renders a Secret", "a Secret"));
      }
      if (text(d.document(), "kind").contains("ArgoCDApplication")) {
        Either<RunFailure, Seq<RequestProblem>> checked = chartValues(where, d.document());
        if (checked.isLeft()) {
          return Either.left(checked.getLeft());
        }
        problems = problems.appendAll(checked.get());
      }
    }
    if (!problems.isEmpty()) {
      return Either.left(new RunFailure.Rejected(new Rejection(problems, List.empty())));
    }
    log.info(tree.describe() + ": " + documents.get().size() + " documents valid");
    return Either.right(new RunReport(List.empty(),
        new VClusterOrchestratorV2Status("Valid", "rendered tree is valid", MapNode.empty()), false));
  }

  private Either<RunFailure, Seq<RequestProblem>> chartValues(String where, Node application) {
    String version = text(application, "spec", "source", "targetRevision").getOrElse("");
    Option<Node> values = Paths.at(application, "spec", "source", "helm", "valuesObject");
    if (values.isEmpty()) {
      return Either.right(List.empty());
    }
    Either<String, Option<ChartSchemaSource.ChartValuesSchema>> found = schemas.valuesSchema(version);
    if (found.isLeft()) {
      return Either.left(new RunFailure.SchemaUnusable(found.getLeft()));
    }
    if (found.get().isEmpty()) {
      log.info(where + ": no values schema for chart version " + version + " in " + schemas.describe()
          + "; chart values not checked");
      return Either.right(List.empty());
    }
    Seq<String> messages = ValuesViolations.describeAll(found.get().get().schema().validate(values.get()), Option.none());
    return Either.right(messages.map(m -> new RequestProblem.ChartValues(where, where + ": " + m)));
  }

  private static Option<String> text(Node node, String... keys) {
    return Paths.at(node, keys).filter(Node.Text.class::isInstance).map(n -> ((Node.Text) n).value());
  }
}
