package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigInteger;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Checks one {@link Constraint} against a value, naming the field and the rule when it breaks. */
public final class Rules {

  private Rules() {}

  public static Seq<RequestProblem> check(Constraint c, String path, Node value) {
    if (c instanceof Constraint.Matches m && value instanceof Node.Text t && !m.test(t.value())) {
      return broken(path, m.rule(), value);
    }
    // characters as the API server counts a CRD's maxLength: code points, not UTF-16 units
    if (c instanceof Constraint.MaxLength m && value instanceof Node.Text t
        && t.value().codePointCount(0, t.value().length()) > m.max()) {
      return broken(path, "must be at most " + m.max() + " characters long", value);
    }
    if (c instanceof Constraint.MaxItems m && value instanceof ListNode l && l.items().size() > m.max()) {
      return List.of(new RequestProblem.RuleBroken(path, "must have at most " + m.max() + " entries",
          l.items().size() + " entries"));
    }
    if (c instanceof Constraint.MinItems m && value instanceof ListNode l && l.items().size() < m.min()) {
      return List.of(new RequestProblem.RuleBroken(path, "must have at least " + m.min() + (m.min() == 1 ? " entry" : " entries"),
          l.items().size() + " entries"));
    }
    if (c instanceof Constraint.MaxBytes m && value instanceof MapNode map && bytes(map) > m.max()) {
      return List.of(new RequestProblem.RuleBroken(path, "must hold at most " + m.max() + " bytes of keys and values in all",
          bytes(map) + " bytes"));
    }
    if (c instanceof Constraint.OneOf o && value instanceof Node.Text t && !contains(o.values(), t.value())) {
      return broken(path, "must be one of " + o.values().mkString(", "), value);
    }
    if (c instanceof Constraint.Between b && value instanceof Node.Int i && !within(b, i.value())) {
      return broken(path, "must be between " + b.min() + " and " + b.max(), value);
    }
    return List.empty();
  }

  public static Seq<RequestProblem> checkEntry(Constraint c, String path, String key, String value) {
    if (c instanceof Constraint.KeysMatch k && !Patterns.matches(k.regex(), key)) {
      return broken(path, k.rule(), Node.text(key));
    }
    if (c instanceof Constraint.ValuesMatch v && !Patterns.matches(v.regex(), value)) {
      return broken(path, v.rule(), Node.text(value));
    }
    if (c instanceof Constraint.EntryIs e && e.key().equals(key) && !e.value().equals(value)) {
      return broken(path, e.rule(), Node.text(value));
    }
    return List.empty();
  }

  /** UTF-8 bytes of the keys and string values of {@code map}. */
  private static long bytes(MapNode map) {
    long total = 0;
    for (io.vavr.Tuple2<String, Node> e : map.entries()) {
      total += utf8Length(e._1);
      if (e._2 instanceof Node.Text t) {
        total += utf8Length(t.value());
      }
    }
    return total;
  }

  /** The length of {@code s} in UTF-8, counted by hand (no charset classes in the domain). */
  static long utf8Length(String s) {
    long bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private static boolean contains(Seq<String> values, String value) {
    for (String v : values) {
      if (v.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean within(Constraint.Between b, BigInteger value) {
    return value.compareTo(BigInteger.valueOf(b.min())) >= 0 && value.compareTo(BigInteger.valueOf(b.max())) <= 0;
  }

  private static Seq<RequestProblem> broken(String path, String rule, Node got) {
    return List.of(new RequestProblem.RuleBroken(path, rule, Node.describe(got)));
  }
}
