package tech.integratn.vcluster.domain.argocdproject;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.argocdproject.ProjectDocs.appProject;
import static tech.integratn.vcluster.domain.argocdproject.ProjectDocs.destination;
import static tech.integratn.vcluster.domain.argocdproject.ProjectDocs.minimal;
import static tech.integratn.vcluster.domain.argocdproject.ProjectDocs.render;
import static tech.integratn.vcluster.domain.argocdproject.ProjectDocs.resource;
import static tech.integratn.vcluster.domain.argocdproject.ProjectDocs.with;
import static tech.integratn.vcluster.domain.argocdproject.ProjectDocs.without;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.conflicts.RequestClaims;
import tech.integratn.vcluster.domain.Docs;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.contract.Deletion;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.UnknownFieldPolicy;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Rendering, defaults, unknown fields, status and delete of the argocd-project promise (spec 9.4, 7). */
class ArgoCDProjectPromiseTest {

  static final PlatformProfile STRICT =
      ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE).withUnknownFields(UnknownFieldPolicy.REJECT);

  static MapNode full() {
    MapNode document = with(minimal(), "spec.namespace", "gitops");
    document = with(document, "spec.description", "Team A's project");
    document = with(document, "spec.annotations", MapNode.of("argocd.argoproj.io/sync-wave", Node.text("-1"))
        .with("example.org/owner", "team-a"));
    document = with(document, "spec.labels", MapNode.of("team", Node.text("a")));
    document = with(document, "spec.sourceRepos", ListNode.ofTexts(List.of("https://github.com/example/*", "*")));
    document = with(document, "spec.destinations", ListNode.of(destination("https://kubernetes.default.svc", "team-a"),
        destination("*", "team-a-*")));
    document = with(document, "spec.clusterResourceWhitelist", ListNode.of(MapNode.of("kind", Node.text("Namespace"))));
    return with(document, "spec.namespaceResourceWhitelist", ListNode.of(resource("apps", "Deployment"), resource("*", "*")));
  }

  @Test
  void rendersOneAppProjectExactlyAsSpecified() {
    Rendering<?> rendering = render(full());
    assertThat(rendering.files()).extracting(OutputFile::path).containsExactly("resources/appproject.yaml");
    assertThat(rendering.files().head().objects()).hasSize(1);
    MapNode expected = MapNode.of("apiVersion", Node.text("argoproj.io/v1alpha1"))
        .with("kind", "AppProject")
        .with("metadata", MapNode.of("name", Node.text("team-a"))
            .with("namespace", "gitops")
            .with("labels", MapNode.of("app.kubernetes.io/managed-by", Node.text("kratix"))
                .with("kratix.io/promise-name", "argocd-project")
                .with("kratix.io/resource-name", "team-a")
                .with("team", "a"))
            .with("annotations", MapNode.of("argocd.argoproj.io/sync-wave", Node.text("-1"))
                .with("example.org/owner", "team-a")))
        .with("spec", MapNode.of("description", Node.text("Team A's project"))
            .with("sourceRepos", ListNode.ofTexts(List.of("https://github.com/example/*", "*")))
            .with("destinations", ListNode.of(
                MapNode.of("namespace", Node.text("team-a")).with("server", "https://kubernetes.default.svc"),
                MapNode.of("namespace", Node.text("team-a-*")).with("server", "*")))
            .with("clusterResourceWhitelist", ListNode.of(MapNode.of("group", Node.text("")).with("kind", "Namespace")))
            .with("namespaceResourceWhitelist", ListNode.of(
                MapNode.of("group", Node.text("apps")).with("kind", "Deployment"),
                MapNode.of("group", Node.text("*")).with("kind", "*"))));
    assertThat(rendering.files().head().objects().head().toNode()).isEqualTo(expected);
    assertThat(rendering.files().head().objects().head().toNode().toString()).isEqualTo(expected.toString());
    assertThat(rendering.warnings()).isEmpty();
  }

  @Test
  void claimsNothingAndWritesNothingOutsideTheCluster() {
    MapNode document = full();
    Rendering<ProjectRequest> rendering = ArgoCDProjectPromise.INSTANCE
        .configure(document, IntegratnProfile.PROFILE, ProjectDocs.PROMISE).get();
    assertThat(ArgoCDProjectPromise.INSTANCE.claims(document, rendering, IntegratnProfile.PROFILE))
        .isEqualTo(RequestClaims.NONE);
    assertThat(ArgoCDProjectPromise.INSTANCE.externalObjects(rendering.request())).isEmpty();
  }

  @Test
  void optionalPartsAreOmittedWhenAbsentOrEmpty() {
    MapNode project = appProject(with(minimal(), "spec.namespaceResourceWhitelist", ListNode.of()));
    assertThat(((MapNode) project.get("metadata").get()).keys()).containsExactly("name", "namespace", "labels");
    assertThat(((MapNode) project.get("spec").get()).keys()).containsExactly("sourceRepos", "destinations");
  }

  @Test
  void requestLabelsWinKeyByKeyAndKeepTheBaseLabelsPositions() {
    MapNode document = with(minimal(), "spec.labels", MapNode.of("zz", Node.text("1"))
        .with("kratix.io/resource-name", "demo")
        .with("kratix.io/promise-name", "vcluster-orchestrator-v2")
        .with("argocd.argoproj.io/project-group", "appteam"));
    MapNode labels = (MapNode) ((MapNode) appProject(document).get("metadata").get()).get("labels").get();
    assertThat(labels).isEqualTo(MapNode.of("app.kubernetes.io/managed-by", Node.text("kratix"))
        .with("kratix.io/promise-name", "vcluster-orchestrator-v2")
        .with("kratix.io/resource-name", "demo")
        .with("zz", "1")
        .with("argocd.argoproj.io/project-group", "appteam"));
    assertThat(labels.keys()).containsExactly("app.kubernetes.io/managed-by", "kratix.io/promise-name",
        "kratix.io/resource-name", "zz", "argocd.argoproj.io/project-group");
  }

  @Test
  void theBaseLabelsNameThePromiseTheRunIsFor() {
    Rendering<?> renamed = ArgoCDProjectPromise.INSTANCE.configure(minimal(), IntegratnProfile.PROFILE, "projects-v2").get();
    assertThat(renamed.files().head().objects().head().metadata().labels().get("kratix.io/promise-name"))
        .isEqualTo(Option.some("projects-v2"));
  }

  @Test
  void theNamespaceDefaultsToTheProfilesArgoCDNamespace() {
    assertThat(((MapNode) appProject(minimal()).get("metadata").get()).get("namespace")).isEqualTo(Option.some(Node.text("argocd")));
    assertThat(((MapNode) appProject(with(minimal(), "spec.namespace", "")).get("metadata").get()).get("namespace"))
        .isEqualTo(Option.some(Node.text("argocd")));
    PlatformProfile other = ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE).withArgocdNamespace("gitops-system");
    Rendering<?> rendering = render(minimal(), other);
    assertThat(rendering.files().head().objects().head().metadata().namespace()).isEqualTo(Option.some("gitops-system"));
    assertThat(rendering.status().toNode().get("namespace")).isEqualTo(Option.some(Node.text("gitops-system")));
  }

  @Test
  void theProfileDefaultIsNamedInTheDescriptionNeverPublishedAsACrdDefault() {
    PlatformProfile other = ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE).withArgocdNamespace("gitops-system");
    RequestField namespace = ArgoCDProjectFields.all(other).find(f -> f.path().equals("spec.namespace")).get();
    assertThat(namespace.crdDefault()).isEmpty();
    assertThat(namespace.description()).contains("argocd.namespace").contains("gitops-system");
    assertThat(ArgoCDProjectFields.all(other).filter(f -> f.crdDefault().isDefined()).map(RequestField::path))
        .containsExactly("spec.clusterResourceWhitelist.group", "spec.clusterResourceWhitelist.name",
            "spec.namespaceResourceWhitelist.group", "spec.namespaceResourceWhitelist.name");
  }

  @Test
  void anAbsentGroupIsTheCoreGroup() {
    MapNode project = appProject(with(minimal(), "spec.namespaceResourceWhitelist",
        ListNode.of(MapNode.of("kind", Node.text("ConfigMap")), MapNode.of("group", Node.Null.NULL).with("kind", "Secret"))));
    assertThat(((MapNode) project.get("spec").get()).get("namespaceResourceWhitelist").get()).isEqualTo(ListNode.of(
        MapNode.of("group", Node.text("")).with("kind", "ConfigMap"), MapNode.of("group", Node.text("")).with("kind", "Secret")));
  }

  @Test
  void unknownFieldsWarnWithTheClosestSibling() {
    MapNode document = with(with(minimal(), "spec.descripton", "typo"), "spec.destinations",
        ListNode.of(destination("*", "a").with("namespaces", "b")));
    Rendering<?> rendering = render(document);
    assertThat(rendering.warnings().map(Problems::render)).containsExactly(
        "spec.descripton: unknown field, ignored (did you mean spec.description?)",
        "spec.destinations[0].namespaces: unknown field, ignored (did you mean spec.destinations[0].namespace?)");
    assertThat(((MapNode) appProject(document).get("spec").get()).containsKey("description")).isFalse();
    assertThat(render(with(minimal(), "spec.colour", "blue")).warnings().map(Problems::render))
        .containsExactly("spec.colour: unknown field, ignored");
  }

  @Test
  void theProfileCanRejectUnknownFieldsOnConfigureButNeverOnDelete() {
    MapNode document = with(minimal(), "spec.sourceRepo", "x");
    assertThat(ProjectDocs.reject(document, STRICT).problems().map(Problems::render))
        .containsExactly("spec.sourceRepo: unknown field (did you mean spec.sourceRepos?)");
    Deletion deletion = ArgoCDProjectPromise.INSTANCE.delete(document, STRICT, ProjectDocs.PROMISE);
    assertThat(deletion.notListed()).isEmpty();
    assertThat(deletion.files()).hasSize(1);
  }

  @Test
  void configureReportsTheConfiguredStatus() {
    MapNode status = render(full()).status().toNode();
    assertThat(status.keys()).containsExactly("phase", "message", "projectName", "namespace");
    assertThat(status).isEqualTo(MapNode.of("phase", Node.text("Configured"))
        .with("message", "AppProject team-a configured")
        .with("projectName", "team-a")
        .with("namespace", "gitops"));
  }

  @Test
  void deleteListsWhatConfigureWouldRenderNow() {
    Deletion deletion = ArgoCDProjectPromise.INSTANCE.delete(full(), IntegratnProfile.PROFILE, ProjectDocs.PROMISE);
    assertThat(deletion.files()).isEqualTo(render(full()).files());
    assertThat(deletion.notListed()).isEmpty();
    assertThat(deletion.status().toNode()).isEqualTo(MapNode.of("phase", Node.text("Deleting"))
        .with("message", "AppProject team-a scheduled for deletion"));
  }

  @Test
  void deleteOfARequestThatNoLongerValidatesListsNothingAndIsNotRefused() {
    MapNode invalid = with(with(minimal(), "spec.sourceRepos", ListNode.of()), "spec.namespace", "Bad");
    Deletion deletion = ArgoCDProjectPromise.INSTANCE.delete(invalid, IntegratnProfile.PROFILE, ProjectDocs.PROMISE);
    assertThat(deletion.files()).isEmpty();
    assertThat(deletion.notListed().map(tech.integratn.vcluster.domain.contract.Problems::render)).containsExactly(
        "spec.namespace: " + ArgoCDProjectRulesTest.LABEL_RULE + " (got \"Bad\")",
        "spec.sourceRepos: must have at least 1 entry (got 0 entries)");
    assertThat(deletion.status().message()).isEqualTo("AppProject team-a scheduled for deletion");
    assertThat(deletion.status().phase()).isEqualTo("Deleting");
  }

  @Test
  void deleteTakesTheNameFromMetadataWhenTheSpecHasNone() {
    Deletion noName = ArgoCDProjectPromise.INSTANCE.delete(without(minimal(), "spec.name"),
        IntegratnProfile.PROFILE, ProjectDocs.PROMISE);
    assertThat(noName.status().message()).isEqualTo("AppProject team-a-project scheduled for deletion");
    assertThat(noName.notListed().map(tech.integratn.vcluster.domain.contract.Problems::render)).containsExactly("spec.name: is required");
    Deletion noSpec = ArgoCDProjectPromise.INSTANCE.delete(
        MapNode.of("metadata", MapNode.of("name", Node.text("by-name"))), IntegratnProfile.PROFILE, ProjectDocs.PROMISE);
    assertThat(noSpec.status().message()).isEqualTo("AppProject by-name scheduled for deletion");
    assertThat(noSpec.notListed().map(tech.integratn.vcluster.domain.contract.Problems::render)).containsExactly("spec: is required");
    Deletion numberName = ArgoCDProjectPromise.INSTANCE.delete(with(minimal(), "spec.name", Node.integer(5)),
        IntegratnProfile.PROFILE, ProjectDocs.PROMISE);
    assertThat(numberName.status().message()).isEqualTo("AppProject team-a-project scheduled for deletion");
  }

  @Test
  void anInvalidRequestsStatusCarriesTheProblemsAndACondition() {
    MapNode status = ArgoCDProjectPromise.INSTANCE.invalid(Option.some("team-a"), List.of("spec.name: is required", "x: y"))
        .toNode();
    String message = "Request is invalid: spec.name: is required; x: y";
    assertThat(status).isEqualTo(MapNode.of("phase", Node.text("Invalid"))
        .with("message", message)
        .with("projectName", "team-a")
        .with("conditions", ListNode.of(MapNode.of("type", Node.text("RequestValid"))
            .with("status", "False").with("reason", "ValidationFailed").with("message", message))));
    assertThat(ArgoCDProjectPromise.INSTANCE.invalid(Option.none(), List.of("p")).toNode().keys())
        .containsExactly("phase", "message", "conditions");
  }

  @Test
  void theOrchestratorsSubRequestIsAcceptedAndKeepsPointingAtTheUsersRequest() {
    KubernetesObject subRequest = Docs.render(Docs.minimal()).files()
        .flatMap(OutputFile::objects).find(o -> o.kind().equals("ArgoCDProject")).get();
    Rendering<?> rendering = render(subRequest.toNode());
    assertThat(rendering.warnings()).isEmpty();
    KubernetesObject project = rendering.files().head().objects().head();
    assertThat(project.metadata().name()).isEqualTo("vcluster-demo");
    assertThat(project.metadata().namespace()).isEqualTo(Option.some("argocd"));
    assertThat(project.metadata().labels().get("kratix.io/promise-name")).isEqualTo(Option.some("vcluster-orchestrator-v2"));
    assertThat(project.metadata().labels().get("kratix.io/resource-name")).isEqualTo(Option.some("demo"));
    assertThat(project.metadata().annotations().get("argocd.argoproj.io/sync-wave")).isEqualTo(Option.some("-1"));
  }

  @Test
  void theCrdTextsDescribeTheRootTheStatusAndTheSpec() {
    assertThat(ArgoCDProjectPromise.INSTANCE.crdTexts().root()).startsWith("ArgoCDProject requests an Argo CD AppProject");
    assertThat(ArgoCDProjectPromise.INSTANCE.crdTexts().status()).contains("phase");
    assertThat(ArgoCDProjectPromise.INSTANCE.crdTexts().sections().keys()).containsExactly("spec");
  }
}
