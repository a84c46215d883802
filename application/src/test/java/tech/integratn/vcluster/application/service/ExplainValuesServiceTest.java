package tech.integratn.vcluster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.application.service.ServiceFixtures.request;
import static tech.integratn.vcluster.application.service.ServiceFixtures.with;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.application.fakes.InMemoryRequestSource;
import tech.integratn.vcluster.application.fakes.RecordingEventLog;
import tech.integratn.vcluster.application.port.in.ExplainFailure;
import tech.integratn.vcluster.application.port.in.ExplainFailures;
import tech.integratn.vcluster.application.port.in.ExplainValuesCommand;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.ExplainTexts;
import tech.integratn.vcluster.domain.contract.ExplainedValue;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** {@code explain --input REQUEST [--path P]} (spec 12.3) through its use case. */
class ExplainValuesServiceTest {

  final RecordingEventLog log = new RecordingEventLog();

  Either<ExplainFailure, Seq<ExplainedValue>> explain(Node document, String path) {
    return new ExplainValuesService(InMemoryRequestSource.of(document), log)
        .explain(new ExplainValuesCommand(IntegratnProfile.PROFILE, Option.of(path)));
  }

  static MapNode prodWithOverride() {
    return with(with(with(request(), "spec.vcluster.preset", Node.text("prod")), "spec.targetNamespace", Node.text("vc-demo")),
        "spec.vcluster.helmOverrides.controlPlane.statefulSet.resources.limits.memory", Node.text("3Gi"));
  }

  @Test
  void everyValueWithoutAPath() {
    Seq<String> lines = ExplainTexts.lines(explain(prodWithOverride(), null).get());
    assertThat(lines).contains(
        "controlPlane.statefulSet.highAvailability.replicas: 3  (preset prod)",
        "controlPlane.statefulSet.resources.limits.memory: 3Gi  (preset prod: 2Gi -> helmOverrides: 3Gi)",
        "controlPlane.serviceMonitor.labels.vcluster_namespace: vc-demo  (request spec.targetNamespace)");
    assertThat(lines).hasSizeGreaterThan(40);
  }

  @Test
  void aPathWithABracketedKeySelectsOneValue() {
    var values = explain(prodWithOverride(), "controlPlane.service.annotations[\"external-dns.alpha.kubernetes.io/hostname\"]");
    assertThat(ExplainTexts.lines(values.get())).containsExactly("controlPlane.service.annotations"
        + "[\"external-dns.alpha.kubernetes.io/hostname\"]: demo.integratn.tech  (derived (section 1: hostname = <name>.<baseDomain>))");
  }

  @Test
  void aPathToAMapSelectsEveryValueBelowIt() {
    var values = explain(prodWithOverride(), "controlPlane.statefulSet.resources.limits");
    assertThat(ExplainTexts.lines(values.get())).containsExactly(
        "controlPlane.statefulSet.resources.limits.cpu: \"2\"  (preset prod)",
        "controlPlane.statefulSet.resources.limits.memory: 3Gi  (preset prod: 2Gi -> helmOverrides: 3Gi)");
  }

  @Test
  void aPathIntoAListNamesTheList() {
    var values = explain(prodWithOverride(), "controlPlane.service.spec.ports[0].port");
    assertThat(values.get().map(v -> v.path().text())).containsExactly("controlPlane.service.spec.ports");
  }

  @Test
  void anUnknownPathIsAFailureThatSaysSo() {
    var failure = explain(prodWithOverride(), "controlPlane.statefulSet.resources.limits.gpu").getLeft();
    assertThat(failure).isEqualTo(new ExplainFailure.UnknownPath("controlPlane.statefulSet.resources.limits.gpu"));
    assertThat(ExplainFailures.render(failure)).isEqualTo("--path controlPlane.statefulSet.resources.limits.gpu: "
        + "the engine sets no chart value there for this request (the chart's own defaults are not listed; "
        + "run explain without --path to see every value)");
    // a value the engine sets only for some requests is unknown for the others
    assertThat(explain(request(), "controlPlane.service.spec.loadBalancerIP").getLeft())
        .isInstanceOf(ExplainFailure.UnknownPath.class);
  }

  @Test
  void aMalformedPathIsRefusedBeforeTheRequestIsRead() {
    var failure = new ExplainValuesService(InMemoryRequestSource.failing(new RequestProblem.Inaccessible("r.yaml", "gone")), log)
        .explain(new ExplainValuesCommand(IntegratnProfile.PROFILE, Option.some("a..b"))).getLeft();
    assertThat(ExplainFailures.render(failure)).isEqualTo("--path a..b: has an empty key at position 2");
  }

  @Test
  void anInvalidRequestIsRejectedWithEveryProblem() {
    var doc = with(with(request(), "spec.exposure.apiPort", Node.integer(0)), "spec.vcluster.preset", Node.text("x"));
    var failure = (ExplainFailure.Rejected) explain(doc, null).getLeft();
    assertThat(failure.rejection().problems()).hasSize(2);
    assertThat(ExplainFailures.render(failure)).startsWith("request rejected with 2 problems:\n  - ");
  }

  @Test
  void anUnreadableRequestAndAValidSubPromiseRequestExplainNothing() {
    var unreadable = new ExplainValuesService(InMemoryRequestSource.failing(new RequestProblem.Inaccessible("r.yaml", "gone")), log)
        .explain(new ExplainValuesCommand(IntegratnProfile.PROFILE, Option.none())).getLeft();
    assertThat(ExplainFailures.render(unreadable)).isEqualTo("cannot read the request r.yaml: gone");
    MapNode project = MapNode.of("apiVersion", Node.text("platform.integratn.tech/v1alpha1"))
        .with("kind", "ArgoCDProject")
        .with("metadata", MapNode.of("name", Node.text("p")).with("namespace", "platform-requests"))
        .with("spec", MapNode.of("name", Node.text("p"))
            .with("sourceRepos", tech.integratn.vcluster.domain.tree.ListNode.of(Node.text("https://charts.loft.sh")))
            .with("destinations", tech.integratn.vcluster.domain.tree.ListNode.of(
                MapNode.of("namespace", Node.text("platform-requests")).with("server", "https://kubernetes.default.svc"))));
    var failure = explain(project, null).getLeft();
    assertThat(ExplainFailures.render(failure))
        .isEqualTo("explain: ArgoCDProject requests render no chart values (only VClusterOrchestratorV2 requests do)");
  }

  @Test
  void warningsAreLogged() {
    explain(with(prodWithOverride(), "spec.surprise", Node.text("x")), null);
    assertThat(log.lines()).anyMatch(line -> line.startsWith("warning: spec.surprise"));
  }
}
