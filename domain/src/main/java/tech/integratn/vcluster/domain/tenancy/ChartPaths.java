package tech.integratn.vcluster.domain.tenancy;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.profile.TenancyProfile;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The chart value paths a request sets, matched against the profile's deny and allow lists (spec
 * 10.2 "Matching"). A path is a sequence of keys (never split on a dot inside a key); a leaf is a
 * scalar, a list or null, an empty map sets nothing; list indices are not segments. A leaf P is
 * denied when P starts with a deny entry D or D starts with P; for an untrusted request it is
 * allowed only when P starts with an allow entry.
 */
public final class ChartPaths {

  private ChartPaths() {}

  /** Every leaf path of {@code map}, depth first in document order. */
  public static Seq<Seq<String>> leaves(MapNode map) {
    java.util.List<Seq<String>> out = new java.util.ArrayList<>();
    collect(map, Vector.empty(), out);
    return Vector.ofAll(out);
  }

  private static void collect(MapNode map, Vector<String> prefix, java.util.List<Seq<String>> out) {
    for (Tuple2<String, Node> entry : map.entries()) {
      Vector<String> path = prefix.append(entry._1);
      if (entry._2 instanceof MapNode child) {
        collect(child, path, out);
      } else {
        out.add(path);
      }
    }
  }

  /** A profile entry ({@code controlPlane.backingStore.database}) as its keys. */
  public static Seq<String> entry(String dotted) {
    return List.of(dotted.split("\\.", -1));
  }

  /** Whether {@code path} begins with every key of {@code prefix}, key by key. */
  public static boolean startsWith(Seq<String> path, Seq<String> prefix) {
    if (prefix.size() > path.size()) {
      return false;
    }
    for (int i = 0; i < prefix.size(); i++) {
      if (!path.get(i).equals(prefix.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The first deny entry that reserves {@code leaf} (P starts with D, or D starts with P), or null. */
  public static @org.jspecify.annotations.Nullable String denying(Seq<String> leaf, Seq<String> deny) {
    for (String d : deny) {
      Seq<String> entry = entry(d);
      if (startsWith(leaf, entry) || startsWith(entry, leaf)) {
        return d;
      }
    }
    return null;
  }

  /** Whether some allow entry is a prefix of {@code leaf}. */
  public static boolean allowed(Seq<String> leaf, Seq<String> allow) {
    for (String a : allow) {
      if (startsWith(leaf, entry(a))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The problems of one free-form request object: {@code requestPath} is where it sits in the
   * request ({@code spec.vcluster.backingStore}), {@code chartPrefix} where it lands in the chart
   * values ({@code controlPlane.backingStore}).
   */
  public static Seq<RequestProblem> check(String requestPath, Seq<String> chartPrefix, MapNode value,
      TenancyProfile tenancy) {
    java.util.List<RequestProblem> problems = new java.util.ArrayList<>();
    for (Seq<String> leaf : leaves(value)) {
      Seq<String> chartPath = chartPrefix.appendAll(leaf);
      String at = requestPath + pathText(leaf);
      String denied = denying(chartPath, tenancy.helmOverridesDeny());
      if (denied != null) {
        problems.add(new RequestProblem.Reserved(at,
            "is reserved by the platform (tenancy.helmOverrides.deny: " + denied + ")"));
      } else if (tenancy.untrustedRequests() && !allowed(chartPath, tenancy.helmOverridesAllow())) {
        problems.add(new RequestProblem.Reserved(at,
            "is not a chart value a tenant may set (tenancy.helmOverrides.allow: " + join(tenancy.helmOverridesAllow())
                + ")"));
      }
    }
    return Vector.ofAll(problems);
  }

  /** {@code .a.b}, a key that is not a plain word as {@code ["a.b"]}. */
  public static String pathText(Seq<String> keys) {
    StringBuilder text = new StringBuilder();
    for (String key : keys) {
      if (plain(key)) {
        text.append('.').append(key);
      } else {
        text.append("[\"").append(key.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
      }
    }
    return text.toString();
  }

  private static boolean plain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static String join(Seq<String> entries) {
    StringBuilder text = new StringBuilder();
    for (String e : entries) {
      text.append(text.length() == 0 ? "" : ", ").append(e);
    }
    return text.length() == 0 ? "none" : text.toString();
  }
}
