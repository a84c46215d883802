package tech.integratn.vcluster.domain.clusterregistration;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.ImmutableRegistrationProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** Registration requests for the tests, and short ways to render or refuse them. */
final class Registrations {

  static final PlatformProfile PROFILE = IntegratnProfile.PROFILE;
  static final String PROMISE = ArgoCDClusterRegistrationPromise.PROMISE_NAME;

  /** Another organisation: other templates, store, namespace and domain, and no vault property. */
  static final PlatformProfile OTHER = ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE)
      .withBaseDomain("example.org")
      .withArgocdNamespace("gitops")
      .withOnePasswordItemTemplate("k8s-{name}")
      .withKubeconfigSecretTemplate("{name}-registered-kubeconfig")
      .withRegistration(ImmutableRegistrationProfile.copyOf(IntegratnProfile.PROFILE.registration())
          .withSecretStoreKind("SecretStore")
          .withSecretStoreName("vault-store")
          .withTokenItemKey("connect-token")
          .withTokenItemTokenProperty("password")
          .withTokenItemVaultProperty(Option.none())
          .withConnectHost("https://op.example.org")
          .withVaultName("clusters")
          .withSyncImage("registry.example.org/tools/k8s:1.31.0")
          .withIdentityLabelPrefix("example.org"));

  private Registrations() {}

  /** The four required fields only. */
  static MapNode minimal() {
    return MapNode.of("apiVersion", Node.text("platform.integratn.tech/v1alpha1"))
        .with("kind", ArgoCDClusterRegistrationPromise.KIND)
        .with("metadata", MapNode.of("name", Node.text("demo-cluster-registration")).with("namespace", "platform-requests"))
        .with("spec", MapNode.of("name", Node.text("demo"))
            .with("targetNamespace", "vc-demo-ns")
            .with("kubeconfigSecret", "vc-demo")
            .with("externalServerURL", "https://demo.integratn.tech:443"));
  }

  /** {@code document} with {@code value} at {@code spec.<key>}. */
  static MapNode with(MapNode document, String key, Node value) {
    return Paths.put(document, List.of("spec", key), value);
  }

  static MapNode with(MapNode document, String key, String value) {
    return with(document, key, Node.text(value));
  }

  static MapNode without(MapNode document, String key) {
    MapNode spec = (MapNode) document.get("spec").get();
    return document.with("spec", spec.without(key));
  }

  static Either<Rejection, Rendering<ClusterRegistration>> configure(MapNode document, PlatformProfile profile) {
    return ArgoCDClusterRegistrationPromise.INSTANCE.configure(document, profile, PROMISE);
  }

  static Rendering<?> render(MapNode document) {
    return render(document, PROFILE);
  }

  static Rendering<?> render(MapNode document, PlatformProfile profile) {
    Either<Rejection, Rendering<ClusterRegistration>> result = configure(document, profile);
    if (result.isLeft()) {
      throw new AssertionError("refused: " + result.getLeft().problems().map(Problems::render).mkString("; "));
    }
    return result.get();
  }

  /** The rendered problems of a refused request. */
  static java.util.List<String> problems(MapNode document) {
    return problems(document, PROFILE);
  }

  static java.util.List<String> problems(MapNode document, PlatformProfile profile) {
    Either<Rejection, Rendering<ClusterRegistration>> result = configure(document, profile);
    if (result.isRight()) {
      throw new AssertionError("accepted: " + document);
    }
    return result.getLeft().problems().map(Problems::render).toJavaList();
  }

  /** Every rendered document, in file order. */
  static java.util.List<MapNode> documents(Rendering<?> rendering) {
    java.util.List<MapNode> out = new java.util.ArrayList<>();
    rendering.files().forEach(f -> f.objects().forEach(o -> out.add(o.toNode())));
    return out;
  }

  static Node at(Node root, Object... steps) {
    Node node = root;
    for (Object step : steps) {
      if (step instanceof Integer i) {
        node = ((ListNode) node).items().get(i);
      } else {
        Option<Node> next = ((MapNode) node).get((String) step);
        if (next.isEmpty()) {
          throw new AssertionError("no " + step + " in " + node);
        }
        node = next.get();
      }
    }
    return node;
  }

  static String text(Node root, Object... steps) {
    return ((Node.Text) at(root, steps)).value();
  }

  static java.util.List<String> keys(Node map) {
    return ((MapNode) map).keys().toJavaList();
  }
}
