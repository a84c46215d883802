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
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.orchestrator.RenderedPaths;
import tech.integratn.vcluster.domain.orchestrator.RenderedTreeRules.RenderedFile;
import tech.integratn.vcluster.domain.orchestrator.RenderedTreeRules;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2Status;
import tech.integratn.vcluster.domain.schema.ChartValueViolation;
import tech.integratn.vcluster.domain.schema.ValuesViolations;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * Validates an already rendered tree against what the pipelines render ({@link RenderedTreeRules}:
 * files, kinds, names, base labels, one request, no Secret) and the chart values of every
 * application sub-request against the chart's values schema; every problem is named by file and
 * document.
 */
public final class ValidateRenderedService implements ValidateRenderedUseCase {

  private static final String SUB_REQUESTS = "platform.integratn.tech/v1alpha1";

  private final RenderedTreeSource tree;
  private final ChartSchemaSource schemas;
  private final EventLog log;
  /** The chart versions already said to have no schema: said once. */
  private final java.util.Set<String> unchecked = new java.util.HashSet<>();

  public ValidateRenderedService(RenderedTreeSource tree, ChartSchemaSource schemas, EventLog log) {
    this.tree = tree;
    this.schemas = schemas;
    this.log = log;
  }

  @Override
  public Either<RunFailure, RunReport> validate(ValidateRenderedCommand command) {
    Either<String, Seq<String>> paths = tree.paths();
    if (paths.isLeft()) {
      return Either.left(new RunFailure.Rejected(new Rejection(
          List.of(new RequestProblem.Unreadable(tree.describe(), paths.getLeft())), List.empty())));
    }
    Vector<RequestProblem> problems = Vector.empty();
    Vector<RenderedFile> read = Vector.empty();
    int elsewhere = 0;
    int documents = 0;
    for (String path : paths.get()) {
      if (!path.startsWith(RenderedPaths.RESOURCES)) {
        elsewhere++;
      }
      if (RenderedTreeRules.isYaml(path)) {
        Either<RequestProblem, Seq<Node>> file = tree.documents(path);
        if (file.isLeft()) {
          problems = problems.append(file.getLeft());
        } else {
          read = read.append(new RenderedFile(path, file.get()));
          documents += file.get().size();
        }
      }
    }
    if (elsewhere > 0) {
      log.info(tree.describe() + ": " + count(elsewhere, "file") + " outside " + RenderedPaths.RESOURCES
          + " checked only for Secrets; the pipelines write nothing there");
    }
    problems = problems.appendAll(RenderedTreeRules.check(paths.get(), read, command.requireContractFiles()));
    for (RenderedFile file : read) {
      if (RenderedPaths.row(file.path()).isEmpty()) {
        continue;
      }
      int index = 0;
      for (Node document : file.documents()) {
        if (Paths.text(document, "apiVersion").contains(SUB_REQUESTS)
            && Paths.text(document, "kind").contains("ArgoCDApplication")) {
          Either<RunFailure, Seq<RequestProblem>> checked = chartValues(file.path() + "#" + index, document);
          if (checked.isLeft()) {
            return Either.left(checked.getLeft());
          }
          problems = problems.appendAll(checked.get());
        }
        index++;
      }
    }
    if (!problems.isEmpty()) {
      return Either.left(new RunFailure.Rejected(new Rejection(problems, List.empty())));
    }
    log.info(tree.describe() + ": " + count(read.size(), "file") + ", " + count(documents, "document") + " valid");
    return Either.right(new RunReport(List.empty(),
        new VClusterOrchestratorV2Status("Valid", "rendered tree is valid", MapNode.empty()), false));
  }

  private Either<RunFailure, Seq<RequestProblem>> chartValues(String where, Node application) {
    String version = Paths.text(application, "spec", "source", "targetRevision").getOrElse("");
    Option<Node> values = Paths.at(application, "spec", "source", "helm", "valuesObject");
    if (values.isEmpty()) {
      return Either.right(List.empty());
    }
    Either<String, Option<ChartSchemaSource.ChartValuesSchema>> found = schemas.valuesSchema(version);
    if (found.isLeft()) {
      return Either.left(new RunFailure.SchemaUnusable(found.getLeft()));
    }
    if (found.get().isEmpty()) {
      if (schemas.configured() && !unchecked.contains(version)) {
        unchecked.add(version);
        log.info(where + ": no values schema for chart version " + version + " in " + schemas.describe()
            + "; chart values not checked");
      }
      return Either.right(List.empty());
    }
    Vector<RequestProblem> problems = Vector.empty();
    for (ChartValueViolation v
        : ValuesViolations.locateAll(found.get().get().schema().validate(values.get()), Option.none())) {
      problems = problems.append(new RequestProblem.ChartValues(where, where + ": " + v.render()));
    }
    return Either.right(problems);
  }

  /** {@code 1 file}, {@code 2 files}. */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

}
