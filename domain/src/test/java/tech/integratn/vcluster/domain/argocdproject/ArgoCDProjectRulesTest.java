package tech.integratn.vcluster.domain.argocdproject;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.argocdproject.ProjectDocs.destination;
import static tech.integratn.vcluster.domain.argocdproject.ProjectDocs.minimal;
import static tech.integratn.vcluster.domain.argocdproject.ProjectDocs.problems;
import static tech.integratn.vcluster.domain.argocdproject.ProjectDocs.resource;
import static tech.integratn.vcluster.domain.argocdproject.ProjectDocs.with;
import static tech.integratn.vcluster.domain.argocdproject.ProjectDocs.without;

import io.vavr.collection.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Every rule of the argocd-project field table (spec 9.4), each with a failing example and its exact message. */
class ArgoCDProjectRulesTest {

  static final String LABEL_RULE =
      "must be a DNS-1123 label (lower-case letters, digits and '-', starting and ending with a letter or digit)";
  static final String NO_SPACE = "must be non-empty and contain no white space";
  static final String SERVER_RULE = "must be an http(s) or oci URL, or * for any cluster";

  static Stream<Arguments> brokenFields() {
    String long256 = "d".repeat(256);
    String longPrefix = ("a".repeat(63) + ".").repeat(4) + "io/team"; // prefix of 255 characters
    return Stream.of(
        broken("spec.name", Node.text("Team_A"), "spec.name: " + LABEL_RULE + " (got \"Team_A\")"),
        broken("spec.name", Node.text("a".repeat(64)), "spec.name: must be at most 63 characters long (got \""
            + "a".repeat(57) + "...\")"),
        broken("spec.name", Node.integer(7), "spec.name: must be a string (got 7, a number; write \"7\" to give a string)"),
        broken("spec.namespace", Node.text("Argo CD"), "spec.namespace: " + LABEL_RULE + " (got \"Argo CD\")"),
        broken("spec.namespace", Node.text("n".repeat(64)), "spec.namespace: must be at most 63 characters long (got \""
            + "n".repeat(57) + "...\")"),
        broken("spec.namespace", Node.bool(true), "spec.namespace: must be a string (got true)"),
        broken("spec.description", Node.text(long256), "spec.description: must be at most 255 characters long (got \""
            + "d".repeat(57) + "...\")"),
        broken("spec.description", Node.text("two\nlines"),
            "spec.description: must not contain control characters (line breaks, tabs, ...) (got \"two\\nlines\")"),
        broken("spec.description", Node.text("bell\u0007"),
            "spec.description: must not contain control characters (line breaks, tabs, ...) (got \"bell\\u0007\")"),
        broken("spec.description", ListNode.of(), "spec.description: must be a string (got a list)"),
        broken("spec.annotations", MapNode.of("not a key", Node.text("x")),
            "spec.annotations[\"not a key\"]: keys must be Kubernetes annotation keys (got \"not a key\")"),
        broken("spec.annotations", MapNode.of(longPrefix, Node.text("x")),
            "spec.annotations[\"" + longPrefix + "\"]: keys must be Kubernetes label keys: the prefix before '/' must be"
                + " at most 253 characters (got \"" + longPrefix.substring(0, 57) + "...\")"),
        broken("spec.annotations", MapNode.of("big", Node.text("x".repeat(262142))),
            "spec.annotations: must hold at most 262144 bytes of keys and values in all (got 262145 bytes)"),
        broken("spec.annotations", MapNode.of("n", Node.integer(1)), "spec.annotations[\"n\"]: must be a string (got 1)"),
        broken("spec.annotations", Node.text("a=b"), "spec.annotations: must be a map of strings (got \"a=b\")"),
        broken("spec.labels", MapNode.of("-bad", Node.text("x")),
            "spec.labels[\"-bad\"]: keys must be Kubernetes label keys (got \"-bad\")"),
        broken("spec.labels", MapNode.of("team", Node.text("has space")),
            "spec.labels[\"team\"]: values must be Kubernetes label values (at most 63 characters of letters, digits,"
                + " '-', '_', '.') (got \"has space\")"),
        broken("spec.labels", MapNode.of(longPrefix, Node.text("x")),
            "spec.labels[\"" + longPrefix + "\"]: keys must be Kubernetes label keys: the prefix before '/' must be"
                + " at most 253 characters (got \"" + longPrefix.substring(0, 57) + "...\")"),
        broken("spec.sourceRepos", ListNode.of(), "spec.sourceRepos: must have at least 1 entry (got 0 entries)"),
        broken("spec.sourceRepos", repos(65), "spec.sourceRepos: must have at most 64 entries (got 65 entries)"),
        broken("spec.sourceRepos", ListNode.ofTexts(List.of("https://a", "has space")),
            "spec.sourceRepos[1]: " + NO_SPACE + " (got \"has space\")"),
        broken("spec.sourceRepos", ListNode.ofTexts(List.of("")), "spec.sourceRepos[0]: " + NO_SPACE + " (got \"\")"),
        broken("spec.sourceRepos", ListNode.of(Node.integer(1)), "spec.sourceRepos[0]: must be a string (got 1)"),
        broken("spec.sourceRepos", Node.text("https://a"), "spec.sourceRepos: must be a list of strings (got \"https://a\")"),
        broken("spec.destinations", ListNode.of(), "spec.destinations: must have at least 1 entry (got 0 entries)"),
        broken("spec.destinations", destinations(65), "spec.destinations: must have at most 64 entries (got 65 entries)"),
        broken("spec.destinations", Node.text("in-cluster"), "spec.destinations: must be a list (got \"in-cluster\")"),
        broken("spec.destinations", ListNode.of(Node.text("x")), "spec.destinations[0]: must be a map (got \"x\")"),
        broken("spec.destinations", ListNode.of(MapNode.of("namespace", Node.text("a"))),
            "spec.destinations[0].server: is required"),
        broken("spec.destinations", ListNode.of(destination("kubernetes.default.svc", "a")),
            "spec.destinations[0].server: " + SERVER_RULE + " (got \"kubernetes.default.svc\")"),
        broken("spec.destinations", ListNode.of(destination("**", "a")),
            "spec.destinations[0].server: " + SERVER_RULE + " (got \"**\")"),
        broken("spec.destinations", ListNode.of(MapNode.of("server", Node.text("*"))),
            "spec.destinations[0].namespace: is required"),
        broken("spec.destinations", ListNode.of(destination("*", "*"), destination("*", "team a")),
            "spec.destinations[1].namespace: " + NO_SPACE + " (got \"team a\")"),
        broken("spec.destinations", ListNode.of(MapNode.of("server", Node.text("*")).with("namespace", Node.integer(3))),
            "spec.destinations[0].namespace: must be a string (got 3, a number; write \"3\" to give a string)"),
        broken("spec.clusterResourceWhitelist", ListNode.of(MapNode.of("group", Node.text(""))),
            "spec.clusterResourceWhitelist[0].kind: is required"),
        broken("spec.clusterResourceWhitelist", ListNode.of(MapNode.of("group", Node.integer(3)).with("kind", "Namespace")),
            "spec.clusterResourceWhitelist[0].group: must be a string (got 3, a number; write \"3\" to give a string)"),
        broken("spec.clusterResourceWhitelist", MapNode.of("group", Node.text("*")),
            "spec.clusterResourceWhitelist: must be a list (got a map)"),
        broken("spec.namespaceResourceWhitelist", ListNode.of(resource("apps", "Deployment"), MapNode.of("kind", Node.text(""))),
            "spec.namespaceResourceWhitelist[1].kind: is required"),
        broken("spec.namespaceResourceWhitelist", ListNode.of(Node.text("apps/Deployment")),
            "spec.namespaceResourceWhitelist[0]: must be a map (got \"apps/Deployment\")"));
  }

  static Arguments broken(String path, Node value, String message) {
    return Arguments.of(path, value, message);
  }

  static ListNode repos(int n) {
    java.util.List<String> repos = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      repos.add("https://git.example.org/r" + i);
    }
    return ListNode.ofTexts(repos);
  }

  static ListNode destinations(int n) {
    Node[] items = new Node[n];
    for (int i = 0; i < n; i++) {
      items[i] = destination("*", "ns-" + i);
    }
    return ListNode.of(items);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("brokenFields")
  void eachRuleNamesTheFieldAndTheRule(String path, Node value, String message) {
    assertThat(problems(with(minimal(), path, value))).containsExactly(message);
  }

  @Test
  void requiredFieldsAreRequiredAndEmptyOrNullIsAbsent() {
    assertThat(problems(without(minimal(), "spec.name"))).containsExactly("spec.name: is required");
    assertThat(problems(with(minimal(), "spec.name", ""))).containsExactly("spec.name: is required");
    assertThat(problems(with(minimal(), "spec.sourceRepos", Node.Null.NULL))).containsExactly("spec.sourceRepos: is required");
    assertThat(problems(without(minimal(), "spec.destinations"))).containsExactly("spec.destinations: is required");
  }

  @Test
  void aRequestWithoutASpecMapIsRefused() {
    assertThat(problems(minimal().without("spec"))).containsExactly("spec: is required");
    assertThat(problems(minimal().with("spec", Node.text("x")))).containsExactly("spec: must be a map (got \"x\")");
    assertThat(problems(minimal().with("kind", "ArgoCDApplication")))
        .containsExactly("kind: must be ArgoCDProject (got \"ArgoCDApplication\")");
  }

  @Test
  void valuesAtTheEdgesOfTheRulesAreAccepted() {
    String prefix253 = ("a".repeat(63) + ".").repeat(3) + "a".repeat(61);
    MapNode edges = with(with(with(with(minimal(), "spec.name", "a".repeat(63)),
        "spec.description", "\u00e9".repeat(255)),
        "spec.labels", MapNode.of(prefix253 + "/x", Node.text("")).with("A_b.c", "v".repeat(63))),
        "spec.destinations", ListNode.of(destination("*", "team-*"), destination("https://*.example.org:6443", "!kube-system"),
            destination("oci://registry.example.org/x", "x")));
    edges = with(edges, "spec.annotations", MapNode.of("big", Node.text("x".repeat(262141))));
    edges = with(edges, "spec.sourceRepos", repos(64));
    assertThat(ProjectDocs.render(edges).files()).hasSize(1);
  }

  @Test
  void everyProblemIsReportedAtOnceInDocumentOrder() {
    MapNode document = with(with(with(with(with(without(minimal(), "spec.name"),
        "spec.namespace", "Argo"),
        "spec.labels", MapNode.of("team", Node.text("a b"))),
        "spec.sourceRepos", ListNode.ofTexts(List.of("ok", "not ok"))),
        "spec.destinations", ListNode.of(destination("ftp://x", "a"), MapNode.of("server", Node.text("*")))),
        "spec.clusterResourceWhitelist", ListNode.of(MapNode.empty()));
    assertThat(problems(document)).containsExactly(
        "spec.name: is required",
        "spec.namespace: " + LABEL_RULE + " (got \"Argo\")",
        "spec.labels[\"team\"]: values must be Kubernetes label values (at most 63 characters of letters, digits,"
            + " '-', '_', '.') (got \"a b\")",
        "spec.sourceRepos[1]: " + NO_SPACE + " (got \"not ok\")",
        "spec.destinations[0].server: " + SERVER_RULE + " (got \"ftp://x\")",
        "spec.destinations[1].namespace: is required",
        "spec.clusterResourceWhitelist[0].kind: is required");
  }
}
