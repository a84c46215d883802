package tech.integratn.vcluster.domain.tenancy;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import org.jspecify.annotations.Nullable;
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
 *
 * <p>Arrays and plain loops. Not {@code Validation.combine(…).ap}: Vavr's function types are
 * serializable lambdas, which the image's AOT cache does not hold, ~35 ms of a cold run (bench/README.md, "Idioms under the AOT cache").
 */
public final class ChartPaths {

  private ChartPaths() {}

  /** A profile entry ({@code controlPlane.backingStore.database}) as its keys. */
  static String[] entry(String dotted) {
    java.util.List<String> keys = new java.util.ArrayList<>();
    int from = 0;
    for (int i = 0; i <= dotted.length(); i++) {
      if (i == dotted.length() || dotted.charAt(i) == '.') {
        keys.add(dotted.substring(from, i));
        from = i + 1;
      }
    }
    return keys.toArray(new String[0]);
  }

  /** Whether {@code path} begins with every key of {@code prefix}, key by key. */
  static boolean startsWith(java.util.List<String> path, String[] prefix) {
    if (prefix.length > path.size()) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (!path.get(i).equals(prefix[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code prefix} begins with every key of {@code path} (the entry lies below the leaf). */
  static boolean isBelow(String[] entry, java.util.List<String> path) {
    if (path.size() > entry.length) {
      return false;
    }
    for (int i = 0; i < path.size(); i++) {
      if (!path.get(i).equals(entry[i])) {
        return false;
      }
    }
    return true;
  }

  /** The first deny entry that reserves {@code leaf}, or null. */
  static @Nullable String denying(java.util.List<String> leaf, Seq<String> deny) {
    for (int i = 0; i < deny.size(); i++) {
      String[] entry = entry(deny.get(i));
      if (startsWith(leaf, entry) || isBelow(entry, leaf)) {
        return deny.get(i);
      }
    }
    return null;
  }

  /** Whether some allow entry is a prefix of {@code leaf}. */
  static boolean allowed(java.util.List<String> leaf, Seq<String> allow) {
    for (int i = 0; i < allow.size(); i++) {
      if (startsWith(leaf, entry(allow.get(i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The problems of one free-form request object: {@code requestPath} is where it sits in the
   * request ({@code spec.vcluster.backingStore}), {@code chartPrefix} where it lands in the chart
   * values ({@code controlPlane, backingStore}); in the object's key order.
   */
  public static Seq<RequestProblem> check(String requestPath, Seq<String> chartPrefix, MapNode value,
      TenancyProfile tenancy) {
    return walk(value, requestPath, chartPrefix.toJavaList(), tenancy);
  }

  /** {@link #check(String, Seq, MapNode, TenancyProfile)} with the chart prefix as keys. */
  public static Seq<RequestProblem> check(String requestPath, String[] chartPrefix, MapNode value, TenancyProfile tenancy) {
    java.util.List<String> prefix = new java.util.ArrayList<>();
    for (String key : chartPrefix) {
      prefix.add(key);
    }
    return walk(value, requestPath, prefix, tenancy);
  }

  /** {@code chartPath} is the walk's own stack of keys; the problems come back in key order. */
  private static Seq<RequestProblem> walk(MapNode map, String requestPath, java.util.List<String> chartPath,
      TenancyProfile tenancy) {
    Vector<RequestProblem> problems = Vector.empty();
    for (Tuple2<String, Node> entry : map.entries()) {
      String at = requestPath + keyText(entry._1);
      chartPath.add(entry._1);
      if (entry._2 instanceof MapNode child) {
        problems = problems.appendAll(walk(child, at, chartPath, tenancy));
      } else {
        String denied = denying(chartPath, tenancy.helmOverridesDeny());
        if (denied != null) {
          problems = problems.append(new RequestProblem.Reserved(at,
              "is reserved by the platform (tenancy.helmOverrides.deny: " + denied + ")"));
        } else if (tenancy.untrustedRequests() && !allowed(chartPath, tenancy.helmOverridesAllow())) {
          problems = problems.append(new RequestProblem.Reserved(at, "is not a chart value a tenant may set "
              + "(tenancy.helmOverrides.allow: " + join(tenancy.helmOverridesAllow()) + ")"));
        }
      }
      chartPath.remove(chartPath.size() - 1);
    }
    return problems;
  }

  /** {@code .a}, or {@code ["a.b"]} for a key that is not a plain word. */
  public static String keyText(String key) {
    return plain(key) ? "." + key : "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
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
    for (int i = 0; i < entries.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(entries.get(i));
    }
    return text.length() == 0 ? "none" : text.toString();
  }
}
