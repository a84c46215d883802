package tech.integratn.vcluster.domain.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.profile.ImmutableTenancyProfile;
import tech.integratn.vcluster.domain.profile.TenancyProfile;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Spec 10.2 "Matching" against a simple oracle: random request maps (keys with dots in them,
 * empty maps, lists, nulls) and random deny and allow lists; the oracle flattens every leaf into a
 * string of keys each ended by a NUL (which no key holds) and compares prefixes as strings.
 */
class ChartPathsPropertiesTest {

  static final String[] KEYS = {"rbac", "sync", "controlPlane", "a", "a.b", "b", "statefulSet", "resources", "x"};

  /** A random map of depth at most 3; leaves are scalars, lists, nulls or (not leaves) empty maps. */
  static MapNode tree(Random r, int depth) {
    MapNode map = MapNode.empty();
    int size = r.nextInt(4);
    for (int i = 0; i < size; i++) {
      String key = KEYS[r.nextInt(KEYS.length)];
      int kind = depth == 0 ? 1 + r.nextInt(4) : r.nextInt(5);
      Node value = switch (kind) {
        case 0 -> tree(r, depth - 1);
        case 1 -> Node.text("v");
        case 2 -> ListNode.of(Node.integer(1), MapNode.of("rbac", Node.text("in a list")));
        case 3 -> Node.Null.NULL;
        default -> MapNode.empty();
      };
      map = map.with(key, value);
    }
    return map;
  }

  /** Dotted profile entries over keys without dots (a profile entry is split on dots). */
  static List<String> entries(Random r) {
    java.util.List<String> out = new ArrayList<>();
    int size = r.nextInt(4);
    for (int i = 0; i < size; i++) {
      int length = 1 + r.nextInt(3);
      StringBuilder entry = new StringBuilder();
      for (int k = 0; k < length; k++) {
        String key = KEYS[r.nextInt(KEYS.length)];
        while (key.contains(".")) {
          key = KEYS[r.nextInt(KEYS.length)];
        }
        entry.append(k == 0 ? "" : ".").append(key);
      }
      out.add(entry.toString());
    }
    return List.ofAll(out);
  }

  /** Oracle: each leaf as {@code [request path, NUL-joined chart path]}. */
  static void leaves(MapNode map, String requestPath, String chartPath, java.util.List<String[]> out) {
    for (var e : map.entries()) {
      String key = e._1;
      String at = requestPath + (key.contains(".") ? "[\"" + key + "\"]" : "." + key);
      String chart = chartPath + key + "\0";
      if (e._2 instanceof MapNode child) {
        leaves(child, at, chart, out);
      } else {
        out.add(new String[] {at, chart});
      }
    }
  }

  static String joined(String dotted) {
    return dotted.replace('.', '\0') + "\0";
  }

  static java.util.List<String> oracle(MapNode value, List<String> deny, List<String> allow, boolean untrusted) {
    java.util.List<String[]> leaves = new ArrayList<>();
    leaves(value, "spec.vcluster.helmOverrides", "", leaves);
    java.util.List<String> expected = new ArrayList<>();
    for (String[] leaf : leaves) {
      String denied = null;
      for (String d : deny) {
        if (denied == null && (leaf[1].startsWith(joined(d)) || joined(d).startsWith(leaf[1]))) {
          denied = d;
        }
      }
      boolean allowed = false;
      for (String a : allow) {
        allowed |= leaf[1].startsWith(joined(a));
      }
      if (denied != null) {
        expected.add(leaf[0] + ": is reserved by the platform (tenancy.helmOverrides.deny: " + denied + ")");
      } else if (untrusted && !allowed) {
        expected.add(leaf[0] + ": not allowed");
      }
    }
    return expected;
  }

  @Test
  void theMatcherAgreesWithTheOracle() {
    qt().withExamples(4000).withFixedSeed(0x10_2AL).forAll(SourceDSL.longs().all(), SourceDSL.booleans().all())
        .checkAssert((seed, untrusted) -> {
          Random r = new Random(seed);
          MapNode value = tree(r, 3);
          List<String> deny = entries(r);
          List<String> allow = entries(r);
          TenancyProfile tenancy = ImmutableTenancyProfile.copyOf(
                  untrusted ? TenancyProfile.untrusted() : TenancyProfile.trusted())
              .withHelmOverridesDeny(deny).withHelmOverridesAllow(allow);
          Seq<RequestProblem> problems = ChartPaths.check("spec.vcluster.helmOverrides", List.empty(), value, tenancy);
          java.util.List<String> actual = new ArrayList<>();
          for (RequestProblem p : problems) {
            String text = Problems.render(p);
            actual.add(text.contains("tenancy.helmOverrides.allow") ? Problems.path(p) + ": not allowed" : text);
          }
          assertThat(actual).as("%s deny %s allow %s", value, deny, allow)
              .containsExactlyElementsOf(oracle(value, deny, allow, untrusted));
        });
  }

  @Test
  void aKeyWithADotIsOneKeyAndAnEmptyMapSetsNothing() {
    TenancyProfile tenancy = ImmutableTenancyProfile.copyOf(TenancyProfile.trusted())
        .withHelmOverridesDeny(List.of("a.b"));
    MapNode dotted = MapNode.of("a.b", Node.text("v"));
    assertThat(ChartPaths.check("spec.vcluster.helmOverrides", List.empty(), dotted, tenancy)).isEmpty();
    MapNode nested = MapNode.of("a", MapNode.of("b", Node.text("v")));
    assertThat(ChartPaths.check("spec.vcluster.helmOverrides", List.empty(), nested, tenancy).map(Problems::render))
        .containsExactly("spec.vcluster.helmOverrides.a.b: is reserved by the platform (tenancy.helmOverrides.deny: a.b)");
    assertThat(ChartPaths.check("spec.vcluster.helmOverrides", List.empty(), MapNode.of("a", MapNode.empty()), tenancy))
        .isEmpty();
    // a shorter leaf above a denied path is denied too (D starts with P)
    assertThat(ChartPaths.check("spec.vcluster.helmOverrides", List.empty(), MapNode.of("a", Node.Null.NULL), tenancy)
        .map(Problems::render))
        .containsExactly("spec.vcluster.helmOverrides.a: is reserved by the platform (tenancy.helmOverrides.deny: a.b)");
  }
}
