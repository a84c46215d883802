package tech.integratn.vcluster.domain.argocdapplication;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.argocdapplication.AppDocs.application;
import static tech.integratn.vcluster.domain.argocdapplication.AppDocs.minimal;
import static tech.integratn.vcluster.domain.argocdapplication.AppDocs.render;
import static tech.integratn.vcluster.domain.argocdapplication.AppDocs.with;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** Spec 9.5: what configure renders, in which order, with which defaults and labels. */
class ArgoCDApplicationRenderTest {

  static final MapNode BASE_LABELS = MapNode.of("app.kubernetes.io/managed-by", Node.text("kratix"))
      .with("kratix.io/promise-name", "argocd-application")
      .with("kratix.io/resource-name", "web");

  @Test
  void theMinimalRequestRendersOneApplicationWithTheProfileNamespaceAndNoOptionalParts() {
    Rendering<?> rendering = render(minimal());
    assertThat(rendering.files()).hasSize(1);
    OutputFile file = rendering.files().head();
    assertThat(file.path()).isEqualTo("resources/application.yaml");
    assertThat(file.objects()).hasSize(1);
    assertThat(file.objects().head().toNode()).isEqualTo(
        MapNode.of("apiVersion", Node.text("argoproj.io/v1alpha1"))
            .with("kind", "Application")
            .with("metadata", MapNode.of("name", Node.text("web")).with("namespace", "argocd").with("labels", BASE_LABELS))
            .with("spec", MapNode.of("project", Node.text("team-a"))
                .with("destination", MapNode.of("server", Node.text("https://kubernetes.default.svc")).with("namespace", "web"))
                .with("source", MapNode.of("repoURL", Node.text("https://charts.example.com"))
                    .with("targetRevision", "1.2.3"))));
    assertThat(rendering.warnings()).isEmpty();
  }

  @Test
  void theNamespaceDefaultsToTheProfilesArgoCdNamespaceAndAGivenOneWins() {
    ImmutablePlatformProfile other = ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE).withArgocdNamespace("gitops");
    MapNode app = ArgoCDApplicationPromise.INSTANCE.configure(minimal(), other, "argocd-application").get()
        .files().head().objects().head().toNode();
    assertThat(Paths.at(app, "metadata", "namespace").get()).isEqualTo(Node.text("gitops"));
    assertThat(Paths.at(application(with(minimal(), "spec.namespace", "apps")), "metadata", "namespace").get())
        .isEqualTo(Node.text("apps"));
    assertThat(Paths.at(application(with(minimal(), "spec.namespace", "")), "metadata", "namespace").get())
        .as("an empty string is absent (section 1)").isEqualTo(Node.text("argocd"));
    assertThat(Paths.at(application(with(minimal(), "spec.namespace", Node.Null.NULL)), "metadata", "namespace").get())
        .isEqualTo(Node.text("argocd"));
  }

  @Test
  void everyOptionalFieldLandsInItsPlaceInSpecOrder() {
    MapNode values = MapNode.of("replicas", Node.integer(2)).with("image", MapNode.of("tag", Node.text("v1")));
    MapNode policy = MapNode.of("automated", MapNode.of("prune", Node.bool(true)).with("selfHeal", Node.bool(true)))
        .with("syncOptions", ListNode.ofTexts(List.of("CreateNamespace=true")));
    MapNode doc = minimal();
    // written in another order than the output's: the renderer orders spec itself
    doc = with(doc, "spec.syncPolicy", policy);
    doc = with(doc, "spec.source.helm.valuesObject", values);
    doc = with(doc, "spec.source.helm.releaseName", "web-release");
    doc = with(doc, "spec.source.chart", "web.charts");
    doc = with(doc, "spec.finalizers", ListNode.ofTexts(List.of("resources-finalizer.argocd.argoproj.io")));
    doc = with(doc, "spec.annotations", MapNode.of("argocd.argoproj.io/sync-wave", Node.text("0")));
    doc = with(doc, "spec.labels", MapNode.of("team", Node.text("a")));
    MapNode app = application(doc);
    assertThat(app.keys()).containsExactly("apiVersion", "kind", "metadata", "spec");
    MapNode metadata = (MapNode) app.get("metadata").get();
    assertThat(metadata.keys()).containsExactly("name", "namespace", "labels", "annotations", "finalizers");
    assertThat(metadata.get("annotations").get()).isEqualTo(MapNode.of("argocd.argoproj.io/sync-wave", Node.text("0")));
    assertThat(metadata.get("finalizers").get()).isEqualTo(ListNode.ofTexts(List.of("resources-finalizer.argocd.argoproj.io")));
    MapNode spec = (MapNode) app.get("spec").get();
    assertThat(spec.keys()).containsExactly("project", "destination", "source", "syncPolicy");
    assertThat(((MapNode) spec.get("destination").get()).keys()).containsExactly("server", "namespace");
    MapNode source = (MapNode) spec.get("source").get();
    assertThat(source).isEqualTo(MapNode.of("repoURL", Node.text("https://charts.example.com"))
        .with("chart", "web.charts")
        .with("targetRevision", "1.2.3")
        .with("helm", MapNode.of("releaseName", Node.text("web-release")).with("valuesObject", values)));
    assertThat(spec.get("syncPolicy").get()).isEqualTo(policy);
  }

  @Test
  void helmHoldsWhicheverOfItsTwoFieldsIsGivenAndIsOmittedWithoutBoth() {
    assertThat(Paths.at(application(with(minimal(), "spec.source.helm.releaseName", "r")), "spec", "source", "helm").get())
        .isEqualTo(MapNode.of("releaseName", Node.text("r")));
    MapNode values = MapNode.of("a", Node.integer(1));
    assertThat(Paths.at(application(with(minimal(), "spec.source.helm.valuesObject", values)), "spec", "source", "helm").get())
        .isEqualTo(MapNode.of("valuesObject", values));
    assertThat(Paths.at(application(with(minimal(), "spec.source.helm", MapNode.empty())), "spec", "source", "helm"))
        .isEmpty();
    assertThat(Paths.at(application(with(minimal(), "spec.source.helm.releaseName", "")), "spec", "source", "helm"))
        .isEmpty();
  }

  @Test
  void emptyAnnotationsAndFinalizersAreOmitted() {
    MapNode doc = with(with(minimal(), "spec.annotations", MapNode.empty()), "spec.finalizers", ListNode.of());
    assertThat(((MapNode) application(doc).get("metadata").get()).keys()).containsExactly("name", "namespace", "labels");
  }

  @Test
  void requestLabelsAreMergedOverTheBaseLabelsTheRequestWinsAndAKeyKeepsItsFirstPosition() {
    MapNode labels = MapNode.of("team", Node.text("a"))
        .with("kratix.io/resource-name", "demo")
        .with("kratix.io/promise-name", "vcluster-orchestrator-v2");
    MapNode app = application(with(minimal(), "spec.labels", labels));
    assertThat(Paths.at(app, "metadata", "labels").get()).isEqualTo(
        MapNode.of("app.kubernetes.io/managed-by", Node.text("kratix"))
            .with("kratix.io/promise-name", "vcluster-orchestrator-v2")
            .with("kratix.io/resource-name", "demo")
            .with("team", "a"));
  }

  @Test
  void theBaseLabelsNameThePromiseTheRunWasGiven() {
    MapNode app = ArgoCDApplicationPromise.INSTANCE.configure(minimal(), AppDocs.PROFILE, "apps-renamed").get()
        .files().head().objects().head().toNode();
    assertThat(Paths.at(app, "metadata", "labels", "kratix.io/promise-name").get()).isEqualTo(Node.text("apps-renamed"));
  }

  @Test
  void aLargeValuesObjectIsPassedOnVerbatimInItsOwnOrder() {
    // keys in a scrambled, non-alphabetical order, nested maps, lists, every scalar type
    MapNode values = MapNode.empty();
    for (int i = 0; i < 3000; i++) {
      int k = (i * 7919) % 3000;
      MapNode entry = MapNode.of("z" + k, Node.integer(k))
          .with("a", Node.text("v" + k))
          .with("list", ListNode.of(Node.bool(k % 2 == 0), Node.Null.NULL, MapNode.of("m", Node.text("x"))))
          .with("decimal", new Node.Decimal(new java.math.BigDecimal("0." + k)));
      values = values.with("key-" + k, entry);
    }
    MapNode rendered = (MapNode) Paths.at(application(with(minimal(), "spec.source.helm.valuesObject", values)),
        "spec", "source", "helm", "valuesObject").get();
    assertThat(rendered).isEqualTo(values);
    assertThat(rendered.keys()).containsExactlyElementsOf(values.keys());
    assertThat(rendered.keys().get(1)).isEqualTo("key-" + 7919 % 3000);
  }

  @Test
  void theSyncPolicyIsPassedOnVerbatimEvenWithNullEntries() {
    MapNode policy = MapNode.of("retry", MapNode.of("limit", Node.integer(5))
            .with("backoff", MapNode.of("duration", Node.text("5s")).with("factor", Node.integer(2)).with("maxDuration", "3m")))
        .with("automated", Node.Null.NULL)
        .with("managedNamespaceMetadata", MapNode.of("labels", MapNode.of("team", Node.text("a"))));
    assertThat(Paths.at(application(with(minimal(), "spec.syncPolicy", policy)), "spec", "syncPolicy").get())
        .isEqualTo(policy);
  }

  @Test
  void theSameRequestRendersTheSameTreeTwice() {
    MapNode doc = with(minimal(), "spec.labels", MapNode.of("b", Node.text("1")).with("a", "2"));
    assertThat(application(doc)).isEqualTo(application(doc));
  }
}
