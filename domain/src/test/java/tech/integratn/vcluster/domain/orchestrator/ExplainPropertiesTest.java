package tech.integratn.vcluster.domain.orchestrator;

import tech.integratn.vcluster.domain.contract.ExplainedValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import tech.integratn.vcluster.domain.Docs;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Spec 12.3 on random valid requests: the values {@code explain} reports are the rendered
 * {@code valuesObject} leaf by leaf (same paths, same values, same order), and every one has a
 * provenance whose last step set the final value.
 */
class ExplainPropertiesTest {

  /** Chart paths a random {@code helmOverrides} writes to: engine values, their parents, and new keys. */
  static final String[] OVERRIDE_PATHS = {
    "controlPlane.statefulSet.resources.limits.memory",
    "controlPlane.statefulSet.resources.limits",
    "controlPlane.statefulSet.resources.requests.cpu",
    "controlPlane.statefulSet.highAvailability.replicas",
    "controlPlane.statefulSet.persistence.volumeClaim.size",
    "controlPlane.statefulSet.imagePullPolicy",
    "controlPlane.statefulSet.scheduling",
    "controlPlane.service.annotations",
    "controlPlane.service.spec.ports",
    "controlPlane.service.spec.type",
    "controlPlane.proxy.extraSANs",
    "controlPlane.coredns.deployment.replicas",
    "controlPlane.coredns.enabled",
    "controlPlane.distro.k8s.image.tag",
    "controlPlane.ingress.enabled",
    "controlPlane.ingress.host",
    "controlPlane.serviceMonitor.labels.team",
    "exportKubeConfig.server",
    "exportKubeConfig.context",
    "integrations.metricsServer.enabled",
    "logging.encoding",
    "logging",
  };

  static Node randomValue(Random r, int depth) {
    switch (r.nextInt(depth > 0 ? 7 : 6)) {
      case 0: return Node.text("v" + r.nextInt(100));
      case 1: return Node.integer(r.nextInt(9));
      case 2: return Node.bool(r.nextBoolean());
      case 3: return Node.Null.NULL;
      case 4: return ListNode.of(Node.text("a"), Node.integer(1));
      case 5: return Node.text("4Gi");
      default:
        MapNode map = MapNode.empty();
        int size = 1 + r.nextInt(3);
        for (int i = 0; i < size; i++) {
          map = map.with(new String[] {"x", "memory", "enabled", "k.y"}[r.nextInt(4)], randomValue(r, depth - 1));
        }
        return map;
    }
  }

  static MapNode put(MapNode root, String dotted, Node value) {
    return tech.integratn.vcluster.domain.tree.Paths.put(root, List.of(dotted.split("\\.")), value);
  }

  static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }

  /** A random request the rules accept: every optional field present or absent at random. */
  static MapNode request(Random r) {
    String name = "vc" + r.nextInt(1000);
    MapNode doc = Docs.with(Docs.with(Docs.minimal(), "spec.name", name), "metadata.name", name);
    if (r.nextBoolean()) {
      doc = Docs.annotated(doc, "platform.integratn.tech/base-domain", pick(r, "example.org", "corp.internal"));
    }
    String[][] optional = {
      {"spec.targetNamespace", "vc-" + name},
      {"spec.vcluster.k8sVersion", pick(r, "v1.34.3", "1.34", "1.33", "1.32")},
      {"spec.vcluster.preset", pick(r, "dev", "prod")},
      {"spec.vcluster.isolationMode", pick(r, "standard", "strict")},
      {"spec.vcluster.resources.requests.cpu", pick(r, "250m", "1")},
      {"spec.vcluster.resources.requests.memory", pick(r, "768Mi", "2Gi")},
      {"spec.vcluster.resources.limits.cpu", pick(r, "3", "1500m")},
      {"spec.vcluster.resources.limits.memory", pick(r, "3Gi", "6Gi")},
      {"spec.vcluster.persistence.size", pick(r, "20Gi", "8Gi")},
      {"spec.vcluster.persistence.storageClass", pick(r, "fast", "nfs")},
      {"spec.vcluster.networking.clusterDomain", pick(r, "cluster.local", "corp.internal")},
      {"spec.exposure.hostname", name + ".apps.example.org"},
      {"spec.integrations.argocd.environment", pick(r, "staging", "qa")},
    };
    for (String[] field : optional) {
      if (r.nextBoolean()) {
        doc = Docs.with(doc, field[0], field[1]);
      }
    }
    if (r.nextBoolean()) {
      doc = Docs.with(doc, "spec.vcluster.replicas", 1 + r.nextInt(5));
    }
    if (r.nextBoolean()) {
      doc = Docs.with(doc, "spec.vcluster.coredns.replicas", 1 + r.nextInt(3));
    }
    if (r.nextBoolean()) {
      doc = Docs.with(doc, "spec.vcluster.persistence.enabled", Node.bool(r.nextBoolean()));
    }
    if (r.nextBoolean()) {
      doc = Docs.with(doc, "spec.exposure.apiPort", pick(r, "443", "6443").equals("443") ? 443 : 6443);
    }
    int subnet = r.nextInt(4);
    if (subnet > 0) {
      String net = "10." + r.nextInt(250) + "." + r.nextInt(250);
      doc = Docs.with(doc, "spec.exposure.subnet", net + ".0/24");
      if (subnet == 2) {
        doc = Docs.with(doc, "spec.exposure.vip", net + "." + (10 + r.nextInt(200)));
      } else if (subnet == 3) {
        doc = Docs.with(doc, "spec.exposure.vipOffset", 1 + r.nextInt(250));
      }
    } else if (r.nextInt(4) == 0) {
      doc = Docs.with(doc, "spec.exposure.vip", "192.168.7." + (1 + r.nextInt(250)));
    }
    if (r.nextBoolean()) {
      doc = Docs.with(doc, "spec.integrations.certManager.clusterIssuerSelectorLabels", MapNode.of("issuer", Node.text("own")));
    }
    if (r.nextBoolean()) {
      doc = Docs.with(doc, "spec.integrations.externalSecrets.clusterStoreSelectorLabels",
          MapNode.of("store", Node.text("own")).with("tier", "gold"));
    }
    if (r.nextInt(3) == 0) {
      doc = Docs.with(doc, "spec.vcluster.backingStore", r.nextBoolean()
          ? MapNode.of("etcd", MapNode.of("deploy", MapNode.of("enabled", Node.bool(true))))
          : MapNode.of("etcd", MapNode.of("embedded", MapNode.of("enabled", Node.bool(true)))));
    }
    if (r.nextInt(3) == 0) {
      MapNode export = MapNode.empty();
      if (r.nextBoolean()) {
        export = export.with("server", "https://api." + name + ".example.org:443");
      }
      if (r.nextBoolean()) {
        export = export.with("context", "ctx-" + name).with("empty", MapNode.empty());
      }
      doc = Docs.with(doc, "spec.vcluster.exportKubeConfig", export);
    }
    if (r.nextBoolean()) {
      MapNode overrides = MapNode.empty();
      int count = 1 + r.nextInt(4);
      for (int i = 0; i < count; i++) {
        overrides = put(overrides, OVERRIDE_PATHS[r.nextInt(OVERRIDE_PATHS.length)], randomValue(r, 2));
      }
      doc = Docs.with(doc, "spec.vcluster.helmOverrides", overrides);
    }
    return doc;
  }

  /** The profile: the integratn one, or one without host secrets, extra rules or network policy sync. */
  static PlatformProfile profile(boolean bare) {
    return bare
        ? ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE).withHostSecretMappings(StringMap.empty())
            .withClusterRoleExtraRules(List.empty())
        : IntegratnProfile.PROFILE;
  }

  /** Oracle: the leaves of a tree (scalars, nulls, lists, empty maps) with their dotted paths, in order. */
  static void leaves(Node node, String path, java.util.List<Tuple2<String, Node>> out) {
    if (node instanceof MapNode map && !map.isEmpty()) {
      for (Tuple2<String, Node> e : map.entries()) {
        String key = e._1.matches("[A-Za-z0-9_-]+") ? e._1 : "[" + Node.quote(e._1) + "]";
        leaves(e._2, path.isEmpty() ? key : key.startsWith("[") ? path + key : path + "." + key, out);
      }
    } else {
      out.add(new Tuple2<>(path, node));
    }
  }

  @Test
  void explainReportsTheRenderedValuesEachWithAProvenance() {
    qt().withExamples(1500).withFixedSeed(0x12_3L).forAll(SourceDSL.longs().all(), SourceDSL.booleans().all())
        .checkAssert((seed, bare) -> {
          MapNode doc = request(new Random(seed));
          PlatformProfile profile = profile(bare);
          Either<Rejection, Rendering<ClusterPlan>> rendered =
              OrchestratorPromise.INSTANCE.configure(doc, profile, Docs.PROMISE);
          assertThat(rendered.isRight())
              .as("%s is valid: %s", doc, rendered.isLeft() ? Problems.renderAll(rendered.getLeft().problems()) : "")
              .isTrue();
          MapNode valuesObject = OrchestratorPromise.INSTANCE.chartValues(rendered.get()).get().values();
          java.util.List<Tuple2<String, Node>> expected = new ArrayList<>();
          leaves(valuesObject, "", expected);

          Seq<ExplainedValue> explained = HelmValues.explain(rendered.get().request());
          java.util.List<Tuple2<String, Node>> actual = new ArrayList<>();
          for (ExplainedValue value : explained) {
            actual.add(new Tuple2<>(value.path().text(), value.value()));
            assertThat(value.chain()).as("provenance of %s in %s", value.path(), doc).isNotEmpty();
            assertThat(value.chain().last().value()).as("last step of %s", value.path()).isEqualTo(value.value());
          }
          assertThat(actual).as("%s", doc).containsExactlyElementsOf(expected);
        });
  }
}
