package tech.integratn.vcluster.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.Docs.minimal;
import static tech.integratn.vcluster.domain.Docs.with;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.Docs;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Spec 9.3/9.5: the merged sync policy has Argo CD's shape; cluster labels keep the secret type. */
class SyncPolicyRulesTest {

  static final String POLICY = "spec.argocdApplication.syncPolicy";

  @Test
  void theDefaultAndAFullArgoCdPolicyPass() {
    MapNode full = MapNode.of("automated", MapNode.of("enabled", Node.bool(true)).with("prune", Node.bool(true))
            .with("selfHeal", Node.bool(false)).with("allowEmpty", Node.bool(false)))
        .with("syncOptions", ListNode.ofTexts(List.of("CreateNamespace=true", "ServerSideApply=true")))
        .with("retry", MapNode.of("limit", Node.integer(5)).with("refresh", Node.bool(true))
            .with("backoff", MapNode.of("duration", Node.text("5s")).with("factor", Node.integer(2))
                .with("maxDuration", "3m")))
        .with("managedNamespaceMetadata", MapNode.of("labels", MapNode.of("team", Node.text("media")))
            .with("annotations", MapNode.of("example.com/note", Node.text("any text at all"))));
    assertThat(SyncPolicyRules.check(POLICY, full)).isEmpty();
    assertThat(Docs.render(with(with(minimal(), "spec.targetNamespace", "vc"), POLICY, full))).isNotNull();
  }

  @Test
  void aMapInSyncOptionsAsInTwoCorpusRequestsIsRefusedWithItsPath() {
    MapNode yamlMap = MapNode.of("CreateNamespace=true# apiVersion", Node.text("platform.integratn.tech/v1alpha1"));
    assertThat(Docs.problems(with(minimal(), POLICY + ".syncOptions", ListNode.of(yamlMap)))).containsExactly(
        "spec.argocdApplication.syncPolicy.syncOptions[0]: must be a string (got a map)");
  }

  @Test
  void everyOtherShapeErrorIsNamedAtOnce() {
    MapNode broken = MapNode.of("automated", MapNode.of("selfheal", Node.bool(true)).with("prune", Node.text("yes")))
        .with("syncOption", ListNode.ofTexts(List.of("x")))
        .with("retry", MapNode.of("limit", Node.text("5")).with("backoff", MapNode.of("factor", Node.text("2"))
            .with("jitter", Node.integer(1))))
        .with("managedNamespaceMetadata", MapNode.of("labels", MapNode.of("team", Node.text("not a label value")))
            .with("owner", Node.text("x")));
    assertThat(Docs.problems(with(minimal(), POLICY, broken))).containsExactlyInAnyOrder(
        "spec.argocdApplication.syncPolicy.automated.selfheal: is not a field of Argo CD's automated "
            + "(enabled, prune, selfHeal, allowEmpty) (got true)",
        "spec.argocdApplication.syncPolicy.automated.prune: must be a boolean (got \"yes\")",
        "spec.argocdApplication.syncPolicy.syncOption: is not a field of Argo CD's syncPolicy "
            + "(automated, syncOptions, retry, managedNamespaceMetadata) (got a list)",
        "spec.argocdApplication.syncPolicy.retry.limit: must be an integer (got \"5\")",
        "spec.argocdApplication.syncPolicy.retry.backoff.factor: must be an integer (got \"2\")",
        "spec.argocdApplication.syncPolicy.retry.backoff.jitter: is not a field of Argo CD's backoff "
            + "(duration, factor, maxDuration) (got 1)",
        "spec.argocdApplication.syncPolicy.managedNamespaceMetadata.labels[\"team\"]: "
            + Patterns.LABEL_VALUE_RULE + " (got \"not a label value\")",
        "spec.argocdApplication.syncPolicy.managedNamespaceMetadata.owner: is not a field of Argo CD's "
            + "managedNamespaceMetadata (labels, annotations) (got \"x\")");
    // null is absent (section 1) at every level: the API server drops it
    MapNode nulls = MapNode.of("automated", MapNode.of("prune", Node.Null.NULL))
        .with("retry", MapNode.of("limit", Node.Null.NULL).with("backoff", MapNode.of("maxDuration", Node.Null.NULL)))
        .with("managedNamespaceMetadata", MapNode.of("labels", Node.Null.NULL));
    assertThat(SyncPolicyRules.check("spec.syncPolicy", nulls)).isEmpty();
    // an integer Argo CD (Go's int64) cannot hold is refused
    assertThat(SyncPolicyRules.check("spec.syncPolicy", MapNode.of("retry", MapNode.of("limit",
        new Node.Int(new java.math.BigInteger("99999999999999999999")))))).extracting(Problems::render).containsExactly(
        "spec.syncPolicy.retry.limit: must be an integer (got 99999999999999999999)");
    assertThat(Docs.render(with(with(minimal(), "spec.targetNamespace", "vc"), POLICY + ".retry", Node.Null.NULL)))
        .isNotNull();
  }

  @Test
  void theSecretTypeClusterLabelCanOnlyBeCluster() {
    MapNode labels = MapNode.of("argocd.argoproj.io/secret-type", Node.text("repository"));
    assertThat(Docs.problems(with(minimal(), "spec.integrations.argocd.clusterLabels", labels))).containsExactly(
        "spec.integrations.argocd.clusterLabels[\"argocd.argoproj.io/secret-type\"]: must be cluster "
            + "(Argo CD ignores a cluster Secret of another type) (got \"repository\")");
    // the rule holds whatever else is wrong in the map: every problem at once
    MapNode twoWrong = labels.with("team", "not a label value");
    assertThat(Docs.problems(with(minimal(), "spec.integrations.argocd.clusterLabels", twoWrong))).contains(
        "spec.integrations.argocd.clusterLabels[\"argocd.argoproj.io/secret-type\"]: must be cluster "
            + "(Argo CD ignores a cluster Secret of another type) (got \"repository\")");
    assertThat(Docs.render(with(minimal(), "spec.integrations.argocd.clusterLabels",
        MapNode.of("argocd.argoproj.io/secret-type", Node.text("cluster"))))).isNotNull();
  }
}
