package tech.integratn.vcluster.domain.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.Docs.list;
import static tech.integratn.vcluster.domain.Docs.minimal;
import static tech.integratn.vcluster.domain.Docs.with;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.Docs;
import tech.integratn.vcluster.domain.Docs.Rendered;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * The typed entry checks a request built in code against the field table's rows directly (no
 * document in between) and refuses it with exactly the problems, in the same order, and the
 * warnings that the same request written as a document gets; the document is written here by hand,
 * independently of the typed value.
 */
class TypedRequestRulesTest {

  private static final RequestMetadata META = RequestMetadata.of("demo", "platform-requests");

  private static Either<Rejection, Rendered> typed(VClusterOrchestratorV2Spec spec) {
    return Docs.configure(new VClusterOrchestratorV2(META, spec), IntegratnProfile.PROFILE, Docs.PROMISE);
  }

  private static List<String> typedProblems(VClusterOrchestratorV2Spec spec) {
    return typed(spec).swap().getOrElseThrow(r -> new AssertionError("expected a rejection"))
        .problems().map(Problems::render).toList();
  }

  private static Seq<String> typedWarnings(VClusterOrchestratorV2Spec spec) {
    Either<Rejection, Rendered> result = typed(spec);
    return (result.isLeft() ? result.getLeft().warnings() : result.get().warnings()).map(Problems::render);
  }

  private static Seq<String> documentWarnings(MapNode document) {
    Either<Rejection, Rendered> result = Docs.configure(document, IntegratnProfile.PROFILE, Docs.PROMISE);
    return (result.isLeft() ? result.getLeft().warnings() : result.get().warnings()).map(Problems::render);
  }

  @Test
  void aBadPatternIsRefusedWithTheDocumentsProblem() {
    VClusterOrchestratorV2Spec spec = VClusterOrchestratorV2Spec.builder().name("demo")
        .targetNamespace(Option.some("Not_A_Label")).build();
    List<String> problems = typedProblems(spec);
    assertThat(problems).isEqualTo(Docs.problems(with(minimal(), "spec.targetNamespace", "Not_A_Label")));
    assertThat(problems).hasSize(1);
    assertThat(problems.head()).startsWith("spec.targetNamespace: ").contains("Not_A_Label");
  }

  @Test
  void anOutOfRangeNumberIsRefusedWithTheDocumentsProblem() {
    VClusterOrchestratorV2Spec spec = VClusterOrchestratorV2Spec.builder().name("demo")
        .exposure(ExposureSettings.builder().apiPort(Option.some(70000)).build())
        .vcluster(VClusterSettings.builder().replicas(Option.some(0)).build()).build();
    List<String> problems = typedProblems(spec);
    assertThat(problems).isEqualTo(Docs.problems(
        with(with(minimal(), "spec.exposure.apiPort", 70000), "spec.vcluster.replicas", 0)));
    assertThat(problems).containsExactly(
        "spec.vcluster.replicas: must be between 1 and 100 (got 0)",
        "spec.exposure.apiPort: must be between 1 and 65535 (got 70000)");
  }

  @Test
  void aValueOutsideItsEnumIsRefusedWithTheDocumentsProblem() {
    VClusterOrchestratorV2Spec spec = VClusterOrchestratorV2Spec.builder().name("demo")
        .vcluster(VClusterSettings.builder().k8sVersion(Option.some("0.99")).build()).build();
    List<String> problems = typedProblems(spec);
    assertThat(problems).isEqualTo(Docs.problems(with(minimal(), "spec.vcluster.k8sVersion", "0.99")));
    assertThat(problems).hasSize(1);
    assertThat(problems.head()).startsWith("spec.vcluster.k8sVersion: must be one of ");
  }

  @Test
  void fieldProblemsAndTheCrossFieldProblemsOfTheRestComeInTheDocumentsOrder() {
    // a bad name label, a reserved chart value and a broken egress list: field and cross-field rules at once
    VClusterOrchestratorV2Spec spec = VClusterOrchestratorV2Spec.builder().name("Bad Name")
        .targetNamespace(Option.some("kube-system"))
        .vcluster(VClusterSettings.builder()
            .helmOverrides(Option.some(MapNode.of("exportKubeConfig", MapNode.of("insecure", Node.bool(true))))).build())
        .networkPolicies(NetworkPolicySettings.builder()
            .addExtraEgress(new ExtraEgressRule("db", "10.0.0.0/8", 5432, "TCP"))
            .addExtraEgress(new ExtraEgressRule("db", "10.1.0.5/16", 0, "SCTP"))
            .addExtraEgress(new ExtraEgressRule("nfs", "not-a-cidr", 2049, "")).build())
        .build();
    MapNode document = with(with(with(with(minimal(), "spec.name", "Bad Name"),
        "spec.targetNamespace", "kube-system"),
        "spec.vcluster.helmOverrides.exportKubeConfig.insecure", Node.bool(true)),
        "spec.networkPolicies.extraEgress", list(
            egress("db", "10.0.0.0/8", 5432, "TCP"),
            egress("db", "10.1.0.5/16", 0, "SCTP"),
            egress("nfs", "not-a-cidr", 2049, "")));
    List<String> problems = typedProblems(spec);
    assertThat(problems).isEqualTo(Docs.problems(document));
    assertThat(problems).anyMatch(p -> p.startsWith("spec.name: "))
        .anyMatch(p -> p.startsWith("spec.networkPolicies.extraEgress[1].port: "))
        .anyMatch(p -> p.startsWith("spec.networkPolicies.extraEgress[1].protocol: "))
        .anyMatch(p -> p.startsWith("spec.networkPolicies.extraEgress[2].cidr: "));
    assertThat(typedWarnings(spec)).isEqualTo(documentWarnings(document));
  }

  @Test
  void theWarningsOfAnAcceptedTypedRequestAreTheDocuments() {
    // no targetNamespace: the request namespace is shared (spec 8.1); a CIDR with host bits set
    VClusterOrchestratorV2Spec spec = VClusterOrchestratorV2Spec.builder().name("demo")
        .networkPolicies(NetworkPolicySettings.builder()
            .addExtraEgress(new ExtraEgressRule("db", "10.1.0.5/16", 5432, "TCP")).build())
        .build();
    MapNode document = with(minimal(), "spec.networkPolicies.extraEgress", list(egress("db", "10.1.0.5/16", 5432, "TCP")));
    Seq<String> warnings = typedWarnings(spec);
    assertThat(warnings).isEqualTo(documentWarnings(document));
    assertThat(warnings).anyMatch(w -> w.contains("host bits cleared"));
  }

  @Test
  void emptyStringsAndEmptyMapsAreNotGivenAsInADocument() {
    VClusterOrchestratorV2Spec blank = VClusterOrchestratorV2Spec.builder().name("demo")
        .targetNamespace(Option.some(""))
        .exposure(ExposureSettings.builder().hostname(Option.some("")).build())
        .integrations(IntegrationSettings.builder().clusterLabels(StringMap.empty()).build())
        .build();
    Rendered fromTyped = typed(blank).getOrElseThrow(r -> new AssertionError(Problems.renderAll(r.problems())));
    Rendered fromDocument = Docs.render(minimal());
    assertThat(fromTyped.files().map(f -> f.objects().map(o -> o.toNode())))
        .isEqualTo(fromDocument.files().map(f -> f.objects().map(o -> o.toNode())));
    assertThat(fromTyped.plan().targetNamespace()).isEqualTo("platform-requests");
  }

  @Test
  void aRequiredNameThatIsEmptyIsMissing() {
    VClusterOrchestratorV2Spec spec = VClusterOrchestratorV2Spec.builder().name("").build();
    assertThat(typedProblems(spec)).isEqualTo(Docs.problems(with(minimal(), "spec.name", "")));
    assertThat(typedProblems(spec)).contains("spec.name: is required");
  }

  @Test
  void everyTopLevelRowOfTheTableHasItsTypedValue() {
    VClusterOrchestratorV2Spec spec = VClusterOrchestratorV2Spec.builder().name("demo").build();
    for (RequestField row : RequestFields.all(IntegratnProfile.PROFILE)) {
      if (!row.path().startsWith(RequestFields.NETWORK_POLICIES_EXTRA_EGRESS + ".")) {
        // a row without a typed value would throw: the typed entry could not check it
        assertThat(TypedFields.at(spec, row.path()).isDefined()).as(row.path())
            .isEqualTo(row.path().equals(RequestFields.NAME));
      }
    }
  }

  private static MapNode egress(String name, String cidr, int port, String protocol) {
    return MapNode.of("name", Node.text(name)).with("cidr", cidr).with("port", Node.integer(port))
        .with("protocol", protocol);
  }
}
