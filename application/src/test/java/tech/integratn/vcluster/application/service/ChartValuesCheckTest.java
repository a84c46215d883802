package tech.integratn.vcluster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.application.service.ServiceFixtures.request;
import static tech.integratn.vcluster.application.service.ServiceFixtures.with;

import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.application.fakes.FixedPipelineContext;
import tech.integratn.vcluster.application.fakes.InMemoryChartSchemas;
import tech.integratn.vcluster.application.fakes.InMemoryManifestSink;
import tech.integratn.vcluster.application.fakes.InMemoryRequestSource;
import tech.integratn.vcluster.application.fakes.InMemoryStatusSink;
import tech.integratn.vcluster.application.fakes.InMemoryWorkflowControl;
import tech.integratn.vcluster.application.fakes.RecordingEventLog;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunFailures;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.schema.JsonSchema;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.tree.Node;

/** Run-time validation of the final chart values, as the configure service applies it. */
class ChartValuesCheckTest {

  final InMemoryManifestSink manifests = new InMemoryManifestSink();
  final RecordingEventLog log = new RecordingEventLog();

  /** A chart schema that allows everything except unknown keys under integrations.metricsServer and a non-boolean there. */
  static JsonSchema schema() {
    MapNode metricsServer = MapNode.of("type", Node.text("object"))
        .with("properties", MapNode.of("enabled", MapNode.of("type", Node.text("boolean"))))
        .with("additionalProperties", Node.bool(false));
    MapNode root = MapNode.of("type", Node.text("object"))
        .with("properties", MapNode.of("integrations", MapNode.of("type", Node.text("object"))
            .with("properties", MapNode.of("metricsServer", metricsServer))))
        .with("required", ListNode.of(Node.text("controlPlane")));
    return JsonSchema.compile(root).get();
  }

  Either<RunFailure, RunReport> configure(MapNode doc, ChartSchemaSource schemas) {
    return Workflows.service(InMemoryRequestSource.of(doc), manifests, new InMemoryStatusSink(),
            new InMemoryWorkflowControl(), schemas, FixedPipelineContext.configure(), log)
        .run(IntegratnProfile.PROFILE);
  }

  static ChartSchemaSource confirmed() {
    return InMemoryChartSchemas.of(new ChartSchemaSource.ChartValuesSchema("schemas/0.30.4", true, schema()));
  }

  @Test
  void aValidRequestPasses() {
    assertThat(configure(request(), confirmed()).isRight()).isTrue();
  }

  @Test
  void anUnknownKeyInAnOverrideNamesTheOverridePath() {
    MapNode doc = with(request(), "spec.vcluster.helmOverrides.integrations.metricsServer.enabeld", Node.bool(true));
    String text = RunFailures.render(configure(doc, confirmed()).getLeft());
    assertThat(text).startsWith("request rejected with 1 problem:")
        .contains("  - spec.vcluster.helmOverrides.integrations.metricsServer.enabeld: ");
    assertThat(manifests.publishCalls()).isZero();
  }

  @Test
  void aWrongTypeInsideAnOverrideNamesTheOverridePath() {
    MapNode doc = with(request(), "spec.vcluster.helmOverrides.integrations.metricsServer.enabled", Node.text("no"));
    assertThat(RunFailures.render(configure(doc, confirmed()).getLeft()))
        .contains("  - spec.vcluster.helmOverrides.integrations.metricsServer.enabled: ");
  }

  @Test
  void withoutASchemaItSaysSoOnceAndRenders() {
    assertThat(configure(request(), InMemoryChartSchemas.none()).isRight()).isTrue();
    assertThat(log.lines().filter(l -> l.contains("no values schema"))).containsExactly(
        "info: no values schema for chart vcluster 0.30.4 in memory; chart values not checked");
  }

  @Test
  void anUnconfirmedSchemaOnlyWarns() {
    MapNode doc = with(request(), "spec.vcluster.helmOverrides.integrations.metricsServer.enabled", Node.text("no"));
    ChartSchemaSource unconfirmed =
        InMemoryChartSchemas.of(new ChartSchemaSource.ChartValuesSchema("values.schema.json", false, schema()));
    assertThat(configure(doc, unconfirmed).isRight()).isTrue();
    assertThat(log.lines()).anySatisfy(l -> assertThat(l).startsWith("warning: spec.vcluster.helmOverrides.integrations"));
  }

  @Test
  void aBrokenSchemaFailsTheRunWithoutWriting() {
    assertThat(RunFailures.render(configure(request(), InMemoryChartSchemas.broken("bad json")).getLeft()))
        .isEqualTo("chart values schema unusable: bad json");
    assertThat(manifests.publishCalls()).isZero();
  }

  @Test
  void eachProblemNamesItsFieldAsThePathOfTheViolationNotTextParsedBack() {
    MapNode doc = with(request(), "spec.vcluster.helmOverrides.integrations.metricsServer.enabled", Node.text("no"));
    RunFailure.Rejected rejected = (RunFailure.Rejected) configure(doc, confirmed()).getLeft();
    assertThat(rejected.rejection().problems().map(Problems::path))
        .containsExactly("spec.vcluster.helmOverrides.integrations.metricsServer.enabled");
    RunFailure.Rejected derived = (RunFailure.Rejected) configure(request(), InMemoryChartSchemas.of(
        new ChartSchemaSource.ChartValuesSchema("schemas/0.30.4", true, closedRoot()))).getLeft();
    assertThat(derived.rejection().problems().map(Problems::path)).allSatisfy(p -> assertThat(p).startsWith("valuesObject."));
    assertThat(derived.rejection().problems().map(Problems::render))
        .allSatisfy(m -> assertThat(m).contains(" (derived from "));
  }

  /** A schema that allows no key at all at the root: every derived top-level value breaks it. */
  static JsonSchema closedRoot() {
    return JsonSchema.compile(MapNode.of("type", Node.text("object")).with("additionalProperties", Node.bool(false))).get();
  }
}
