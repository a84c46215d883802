package tech.integratn.vcluster.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.application.fakes.InMemoryChartSchemas;
import tech.integratn.vcluster.application.fakes.InMemoryRenderedTree;
import tech.integratn.vcluster.application.fakes.RecordingEventLog;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.in.ValidateRenderedCommand;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.RenderedTreeSource;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.orchestrator.ClusterPlan;
import tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise;
import tech.integratn.vcluster.domain.orchestrator.VClusterResources;
import tech.integratn.vcluster.domain.orchestrator.RequestMetadata;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2Spec;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** A rendered tree checked as a GitOps repository's CI would, on in-memory trees. */
class ValidateRenderedServiceTest {

  final RecordingEventLog log = new RecordingEventLog();

  static Rendering<ClusterPlan> rendering(String name) {
    VClusterOrchestratorV2 request = new VClusterOrchestratorV2(RequestMetadata.of(name, "platform-requests"),
        VClusterOrchestratorV2Spec.builder().name(name).targetNamespace(Option.some("vcluster-" + name)).build());
    return OrchestratorPromise.INSTANCE.configure(request).get();
  }

  Either<RunFailure, RunReport> validate(RenderedTreeSource tree, ChartSchemaSource schemas) {
    return new ValidateRenderedService(tree, schemas, log).validate(new ValidateRenderedCommand(true));
  }

  static Seq<String> problems(Either<RunFailure, RunReport> outcome) {
    assertThat(outcome.isLeft()).as("%s", outcome).isTrue();
    return ((RunFailure.Rejected) outcome.getLeft()).rejection().problems().map(Problems::render);
  }

  @Test
  void whatTheRendererWritesIsValid() {
    assertThat(validate(InMemoryRenderedTree.of(rendering("demo")), InMemoryChartSchemas.none()).isRight()).isTrue();
    // section 4's five files and the network-policy file (7 policies) of a namespace of its own
    assertThat(log.lines()).contains("info: memory: 6 files, 12 documents valid");
  }

  @Test
  void aTreeThatCannotBeListedIsRejected() {
    assertThat(problems(validate(InMemoryRenderedTree.unlisted("not a directory"), InMemoryChartSchemas.none())))
        .containsExactly("memory: not a directory");
  }

  @Test
  void anUnreadableFileIsOneProblemAmongTheOthers() {
    InMemoryRenderedTree tree = InMemoryRenderedTree.of(rendering("demo"))
        .unreadable(VClusterResources.NAMESPACE_FILE, new RequestProblem.Syntax(VClusterResources.NAMESPACE_FILE, 3, 1, "bad"))
        .with("resources/extra.yaml", List.of(MapNode.of("kind", Node.text("Secret"))));
    assertThat(problems(validate(tree, InMemoryChartSchemas.none()))).containsExactly(
        "resources/namespace.yaml:3:1: not valid YAML: bad",
        "resources/extra.yaml: not a file the pipelines render (validate --rendered knows every file they write under"
            + " resources/; see the README)",
        "resources/extra.yaml#0 kind: must not be a Secret: the pipelines never render a Secret (got Secret)");
  }

  @Test
  void filesOutsideResourcesAreOnlyCheckedForSecrets() {
    InMemoryRenderedTree tree = InMemoryRenderedTree.of(rendering("demo"))
        .with("README.md", List.empty()).with("kustomization.yaml", List.of(MapNode.of("kind", Node.text("Kustomization"))));
    assertThat(validate(tree, InMemoryChartSchemas.none()).isRight()).isTrue();
    assertThat(log.lines()).contains(
        "info: memory: 2 files outside resources/ checked only for Secrets; the pipelines write nothing there");
  }

  @Test
  void chartValuesAreCheckedWhenASchemaIsGiven() {
    InMemoryRenderedTree tree = InMemoryRenderedTree.of(rendering("demo"));
    MapNode application = (MapNode) tree.documents(VClusterResources.APPLICATION_FILE).get().head();
    MapNode broken = Paths.put(application, List.of("spec", "source", "helm", "valuesObject", "integrations", "metricsServer",
        "enabled"), Node.text("yes"));
    tree = tree.with(VClusterResources.APPLICATION_FILE, List.of(broken));
    Seq<String> problems = problems(validate(tree, InMemoryChartSchemas.of(
        new ChartSchemaSource.ChartValuesSchema("schemas/0.30.4", true, ChartValuesCheckTest.schema()))));
    assertThat(problems).hasSize(1);
    assertThat(problems.head()).startsWith("resources/argocd-application-request.yaml#0: ")
        .contains("integrations.metricsServer.enabled");
    assertThat(validate(tree, InMemoryChartSchemas.broken("no JSON")).getLeft())
        .isEqualTo(new RunFailure.SchemaUnusable("no JSON"));
  }

  @Test
  void twoRequestsInOneTreeAreRejected() {
    InMemoryRenderedTree tree = InMemoryRenderedTree.of(rendering("demo"));
    Node other = rendering("other").files().filter(f -> f.path().equals(VClusterResources.COREDNS_FILE)).head()
        .objects().head().toNode();
    Seq<String> problems = problems(validate(tree.with(VClusterResources.COREDNS_FILE, List.of(other)), InMemoryChartSchemas.none()));
    assertThat(problems).containsExactly("resources/coredns-configmap.yaml#0 metadata.namespace: must be the vcluster's"
        + " namespace vcluster-demo (the Namespace of resources/namespace.yaml) (got \"vcluster-other\")",
        "resources/coredns-configmap.yaml#0 metadata.labels.kratix.io/resource-name: must"
        + " name the request every other object names, \"demo\" as in resources/argocd-application-request.yaml#0: a tree"
        + " holds the files of one request (got \"other\")");
  }
}
