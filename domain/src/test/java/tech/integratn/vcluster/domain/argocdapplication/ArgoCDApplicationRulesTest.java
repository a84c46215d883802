package tech.integratn.vcluster.domain.argocdapplication;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.argocdapplication.AppDocs.minimal;
import static tech.integratn.vcluster.domain.argocdapplication.AppDocs.problems;
import static tech.integratn.vcluster.domain.argocdapplication.AppDocs.render;
import static tech.integratn.vcluster.domain.argocdapplication.AppDocs.with;
import static tech.integratn.vcluster.domain.argocdapplication.AppDocs.without;

import io.vavr.collection.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.Patterns;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.contract.FieldType;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.UnknownFieldPolicy;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Spec 9.5's field table: each rule refuses with its path and message; all problems at once. */
class ArgoCDApplicationRulesTest {

  static final String DNS_LABEL = KubernetesNames.DNS_LABEL_RULE;
  static final String NO_SPACE = "must be non-empty and contain no white space";
  /** Four labels of 61 characters and dots: 248 characters. */
  static final String LABELS_248 = ("a".repeat(61) + ".").repeat(4);
  /** A DNS subdomain of 254 characters, one too many for a prefix. */
  static final String LONG_PREFIX = LABELS_248 + "abcdef";
  /** A DNS subdomain of 253 characters, the longest prefix. */
  static final String LONGEST_PREFIX = LABELS_248 + "abcde";

  static java.util.stream.Stream<Arguments> brokenRules() {
    return java.util.stream.Stream.of(
        Arguments.of("spec.name", Node.text("Web_1"), "spec.name: " + DNS_LABEL + " (got \"Web_1\")"),
        Arguments.of("spec.name", Node.text("a".repeat(64)),
            "spec.name: must be at most 63 characters long (got \"" + "a".repeat(57) + "...\")"),
        Arguments.of("spec.name", Node.integer(7), "spec.name: must be a string (got 7, a number; write \"7\" to give a string)"),
        Arguments.of("spec.namespace", Node.text("-argo"), "spec.namespace: " + DNS_LABEL + " (got \"-argo\")"),
        Arguments.of("spec.annotations", MapNode.of("bad key", Node.text("x")),
            "spec.annotations[\"bad key\"]: keys must be Kubernetes annotation keys (got \"bad key\")"),
        Arguments.of("spec.annotations", MapNode.of("note", Node.integer(1)),
            "spec.annotations[\"note\"]: must be a string (got 1)"),
        Arguments.of("spec.annotations", MapNode.of("note", Node.text("x".repeat(262141))),
            "spec.annotations: must hold at most 262144 bytes of keys and values in all (got 262145 bytes)"),
        Arguments.of("spec.annotations", MapNode.of(LONG_PREFIX + "/note", Node.text("x")),
            "spec.annotations[\"" + LONG_PREFIX + "/note\"]: " + ArgoCDApplicationFields.QUALIFIED_KEY_RULE
                + " (got \"" + LONG_PREFIX.substring(0, 57) + "...\")"),
        Arguments.of("spec.labels", MapNode.of("team", Node.text("a b")),
            "spec.labels[\"team\"]: " + Patterns.LABEL_VALUE_RULE + " (got \"a b\")"),
        Arguments.of("spec.labels", MapNode.of("-team", Node.text("a")),
            "spec.labels[\"-team\"]: " + Patterns.LABEL_KEY_RULE + " (got \"-team\")"),
        Arguments.of("spec.labels", MapNode.of(LONG_PREFIX + "/team", Node.text("a")),
            "spec.labels[\"" + LONG_PREFIX + "/team\"]: " + ArgoCDApplicationFields.QUALIFIED_KEY_RULE
                + " (got \"" + LONG_PREFIX.substring(0, 57) + "...\")"),
        Arguments.of("spec.labels", Node.text("team=a"), "spec.labels: must be a map of strings (got \"team=a\")"),
        Arguments.of("spec.finalizers", Node.text("f"), "spec.finalizers: must be a list of strings (got \"f\")"),
        Arguments.of("spec.finalizers", ListNode.of(Node.text("ok"), Node.integer(1)),
            "spec.finalizers[1]: must be a string (got 1)"),
        Arguments.of("spec.finalizers", ListNode.ofTexts(List.of("a/b/c")),
            "spec.finalizers[0]: " + ArgoCDApplicationFields.QUALIFIED_NAME_RULE + " (got \"a/b/c\")"),
        Arguments.of("spec.finalizers", ListNode.ofTexts(List.of(LONG_PREFIX + "/f")),
            "spec.finalizers[0]: " + ArgoCDApplicationFields.QUALIFIED_NAME_RULE
                + " (got \"" + LONG_PREFIX.substring(0, 57) + "...\")"),
        Arguments.of("spec.project", Node.text("Team A"), "spec.project: " + DNS_LABEL + " (got \"Team A\")"),
        Arguments.of("spec.source.repoURL", Node.text("https://charts example.com"),
            "spec.source.repoURL: " + NO_SPACE + " (got \"https://charts example.com\")"),
        Arguments.of("spec.source.chart", Node.text("Web"),
            "spec.source.chart: " + Patterns.DNS_NAME_RULE + " (got \"Web\")"),
        Arguments.of("spec.source.chart", Node.text("a".repeat(254)),
            "spec.source.chart: must be at most 253 characters long (got \"" + "a".repeat(57) + "...\")"),
        Arguments.of("spec.source.targetRevision", Node.text("1.2.3\n"),
            "spec.source.targetRevision: " + NO_SPACE + " (got \"1.2.3\\n\")"),
        Arguments.of("spec.source.targetRevision", Node.integer(3), "spec.source.targetRevision: must be a string (got 3, a number; write \"3\" to give a string)"),
        Arguments.of("spec.source.helm.releaseName", Node.text("r".repeat(54)),
            "spec.source.helm.releaseName: must be at most 53 characters long (got \"" + "r".repeat(54) + "\")"),
        Arguments.of("spec.source.helm.releaseName", Node.text("Rel"),
            "spec.source.helm.releaseName: " + DNS_LABEL + " (got \"Rel\")"),
        Arguments.of("spec.source.helm.valuesObject", Node.text("a: 1"),
            "spec.source.helm.valuesObject: must be a map (got \"a: 1\")"),
        Arguments.of("spec.source.helm.valuesObject", ListNode.of(Node.integer(1)),
            "spec.source.helm.valuesObject: must be a map (got a list)"),
        Arguments.of("spec.destination.server", Node.text("kubernetes.default.svc"),
            "spec.destination.server: " + Patterns.URL_RULE + " (got \"kubernetes.default.svc\")"),
        Arguments.of("spec.destination.namespace", Node.text("web.apps"),
            "spec.destination.namespace: " + DNS_LABEL + " (got \"web.apps\")"),
        Arguments.of("spec.syncPolicy", Node.text("auto"), "spec.syncPolicy: must be a map (got \"auto\")"),
        Arguments.of("spec.syncPolicy", MapNode.of("automated", MapNode.of("selfheal", Node.bool(true))),
            "spec.syncPolicy.automated.selfheal: is not a field of Argo CD's automated "
                + "(enabled, prune, selfHeal, allowEmpty) (got true)"),
        Arguments.of("spec.syncPolicy", MapNode.of("syncOptions", ListNode.of(
                MapNode.of("CreateNamespace=true# apiVersion", Node.text("platform.integratn.tech/v1alpha1")))),
            "spec.syncPolicy.syncOptions[0]: must be a string (got a map)"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("brokenRules")
  void eachRuleRefusesWithItsPathAndMessage(String path, Node value, String message) {
    assertThat(problems(with(minimal(), path, value))).containsExactly(message);
  }

  @Test
  void eachRequiredFieldIsNamedWhenAbsentNullOrEmpty() {
    for (String path : List.of("spec.name", "spec.project", "spec.source.repoURL", "spec.source.targetRevision",
        "spec.destination.server", "spec.destination.namespace")) {
      assertThat(problems(without(minimal(), path))).as(path).containsExactly(path + ": is required");
      assertThat(problems(with(minimal(), path, Node.Null.NULL))).as(path).containsExactly(path + ": is required");
      assertThat(problems(with(minimal(), path, ""))).as(path).containsExactly(path + ": is required");
    }
  }

  @Test
  void aMissingSourceOrDestinationNamesEachRequiredFieldBelowIt() {
    assertThat(problems(without(without(minimal(), "spec.source"), "spec.destination"))).containsExactly(
        "spec.source.repoURL: is required", "spec.source.targetRevision: is required",
        "spec.destination.server: is required", "spec.destination.namespace: is required");
  }

  @Test
  void aSourceOrHelmOrDestinationThatIsNoMapIsAProblem() {
    assertThat(problems(with(minimal(), "spec.source", "oci://charts"))).contains(
        "spec.source: must be a map (got \"oci://charts\")");
    assertThat(problems(with(minimal(), "spec.source.helm", ListNode.of()))).containsExactly(
        "spec.source.helm: must be a map (got a list)");
    assertThat(problems(with(minimal(), "spec.destination", Node.integer(1)))).contains(
        "spec.destination: must be a map (got 1)");
  }

  @Test
  void aMissingOrNonMapSpecOrDocumentIsRefused() {
    assertThat(problems(without(minimal(), "spec"))).containsExactly("spec: is required");
    assertThat(problems(with(minimal(), "spec", "x"))).containsExactly("spec: must be a map (got \"x\")");
    assertThat(problems(Node.text("x"))).containsExactly("(document): must be a map (a Kubernetes object) (got \"x\")");
  }

  @Test
  void everyProblemIsReportedAtOnceInTableOrder() {
    MapNode doc = minimal();
    doc = with(doc, "spec.name", "Web");
    doc = with(doc, "spec.labels", MapNode.of("team", Node.text("a b")));
    doc = without(doc, "spec.project");
    doc = with(doc, "spec.source.chart", "Chart");
    doc = with(doc, "spec.source.helm.releaseName", "r".repeat(54));
    doc = with(doc, "spec.destination.server", "ftp://x");
    doc = with(doc, "spec.syncPolicy", MapNode.of("automated", MapNode.of("selfheal", Node.bool(true)).with("prune", Node.text("yes")))
        .with("retry", MapNode.of("limit", Node.text("5"))));
    assertThat(problems(doc)).containsExactly(
        "spec.name: " + DNS_LABEL + " (got \"Web\")",
        "spec.labels[\"team\"]: " + Patterns.LABEL_VALUE_RULE + " (got \"a b\")",
        "spec.project: is required",
        "spec.source.chart: " + Patterns.DNS_NAME_RULE + " (got \"Chart\")",
        "spec.source.helm.releaseName: must be at most 53 characters long (got \"" + "r".repeat(54) + "\")",
        "spec.destination.server: " + Patterns.URL_RULE + " (got \"ftp://x\")",
        "spec.syncPolicy.automated.selfheal: is not a field of Argo CD's automated (enabled, prune, selfHeal, allowEmpty) (got true)",
        "spec.syncPolicy.automated.prune: must be a boolean (got \"yes\")",
        "spec.syncPolicy.retry.limit: must be an integer (got \"5\")");
  }

  @Test
  void validValuesOfEveryRulePass() {
    MapNode doc = minimal();
    doc = with(doc, "spec.name", "a".repeat(63));
    doc = with(doc, "spec.annotations", MapNode.of(LONGEST_PREFIX + "/" + "n".repeat(63), Node.text("x"))
        .with("note", "any text\nat all"));
    doc = with(doc, "spec.labels", MapNode.of("example.com/team", Node.text("")).with("Team_1.x", "A-1"));
    doc = with(doc, "spec.finalizers", ListNode.ofTexts(List.of("resources-finalizer.argocd.argoproj.io",
        "example.com/cleanup", LONGEST_PREFIX + "/" + "f".repeat(63))));
    doc = with(doc, "spec.source.repoURL", "git@github.com:org/repo.git");
    doc = with(doc, "spec.source.chart", "my.chart-1");
    doc = with(doc, "spec.source.targetRevision", "HEAD");
    doc = with(doc, "spec.source.helm.releaseName", "r".repeat(53));
    doc = with(doc, "spec.destination.server", "https://10.0.0.1:6443");
    assertThat(render(doc).files()).hasSize(1);
  }

  @Test
  void unknownFieldsWarnWithTheClosestSiblingAndAreIgnored() {
    MapNode doc = with(with(with(minimal(), "spec.projct", "x"), "spec.source.chrt", "y"), "spec.source.helm.value", "z");
    // in document order: source (with its new keys) comes before the appended projct
    assertThat(render(doc).warnings().map(Problems::render)).containsExactly(
        "spec.source.chrt: unknown field, ignored (did you mean spec.source.chart?)",
        "spec.source.helm.value: unknown field, ignored",
        "spec.projct: unknown field, ignored (did you mean spec.project?)");
  }

  @Test
  void aProfileThatRejectsUnknownFieldsRefusesThemOnConfigureButNeverOnDelete() {
    ImmutablePlatformProfile strict = ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE)
        .withUnknownFields(UnknownFieldPolicy.REJECT);
    MapNode doc = with(minimal(), "spec.destination.nmespace", "x");
    assertThat(ArgoCDApplicationPromise.INSTANCE.configure(doc, strict, "argocd-application").getLeft().problems()
        .map(Problems::render)).containsExactly(
            "spec.destination.nmespace: unknown field (did you mean spec.destination.namespace?)");
    assertThat(ArgoCDApplicationPromise.INSTANCE.delete(doc, strict, "argocd-application").files()).hasSize(1);
  }

  @Test
  void theTableHasTheRowsOfSpec95WithFreeFormMapsForValuesAndSyncPolicy() {
    io.vavr.collection.Seq<RequestField> fields = ArgoCDApplicationFields.all(IntegratnProfile.PROFILE);
    assertThat(fields.map(RequestField::path)).containsExactly("spec.name", "spec.namespace", "spec.annotations",
        "spec.labels", "spec.finalizers", "spec.project", "spec.source.repoURL", "spec.source.chart",
        "spec.source.targetRevision", "spec.source.helm.releaseName", "spec.source.helm.valuesObject",
        "spec.destination.server", "spec.destination.namespace", "spec.syncPolicy");
    assertThat(fields.filter(RequestField::required).map(RequestField::path)).containsExactly("spec.name", "spec.project",
        "spec.source.repoURL", "spec.source.targetRevision", "spec.destination.server", "spec.destination.namespace");
    assertThat(fields.filter(f -> f.type() == FieldType.OBJECT).map(RequestField::path))
        .containsExactly("spec.source.helm.valuesObject", "spec.syncPolicy");
    assertThat(fields.filter(f -> f.crdDefault().isDefined())).as("profile defaults are never CRD defaults").isEmpty();
    assertThat(fields.find(f -> f.path().equals("spec.namespace")).get().description())
        .contains("argocd in the integratn profile");
    assertThat(ArgoCDApplicationPromise.INSTANCE.crdTexts().sections().keys())
        .contains("spec", "spec.source", "spec.source.helm", "spec.destination");
  }
}
