package tech.integratn.vcluster.adapters.fs.fuzz;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tech.integratn.vcluster.domain.contract.FieldType;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.orchestrator.RequestFields;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * Random, reproducible damage to requests: on the tree (drop fields, change types, out-of-range
 * numbers, random unicode, deep nesting) and on the YAML text (random characters, truncation,
 * duplicated lines, tabs, YAML indicators). Each mutation appends a line to a log for messages.
 */
final class Mutations {

  private static final List<RequestField> FIELDS =
      RequestFields.all(IntegratnProfile.PROFILE).toJavaList();

  /** Numbers at and beyond the edges of every integer rule, and beyond int and long. */
  private static final List<BigInteger> EDGE_INTEGERS = List.of(
      BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(-1), BigInteger.valueOf(2), BigInteger.valueOf(3),
      BigInteger.valueOf(100), BigInteger.valueOf(101), BigInteger.valueOf(443), BigInteger.valueOf(65535),
      BigInteger.valueOf(65536), BigInteger.valueOf(Integer.MAX_VALUE), BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE),
      BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MIN_VALUE).subtract(BigInteger.ONE),
      BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE),
      BigInteger.valueOf(Long.MIN_VALUE), BigInteger.TEN.pow(40), BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(99));

  private static final List<String> EDGE_DECIMALS = List.of(
      "0.5", "1.5", "-0.0", "443.0", "1E+3", "1e-7", "12345678901234567890.123", "-1.25", "65535.9");

  /** Strings that other YAML readers or the renderer could take for something else. */
  private static final List<String> TRICKY_STRINGS = List.of(
      "", " ", "yes", "no", "on", "off", "true", "null", "~", "0x1F", "0o17", "1e3", ".inf", ".nan",
      "2001-12-14", "12:30:45", "-", "- a", "a: b", "#x", "*a", "&a", "!tag", "%x", "@x", "`x", "'", "\"",
      "../../etc/passwd", "/abs/path", "..", ".", "a/b", "C:\\x", "\\", "{{ .Values.x }}", "${HOME}",
      "vcluster", "dev", "prod", "strict", "TCP", "10.0.4.0/24", "10.0.4.0/33", "10.0.4.300", "::1", "fe80::/10",
      "::/0", "0.0.0.0/0", "255.255.255.255/32", "10.0.4.255", "1Gi", "500m", "-1Gi", "1e400", "0.0",
      "https://x", "oci://x", "ftp://x", "a".repeat(64), "a".repeat(300), "A-b_c.D", "-a-", "a..b",
      "ünïcödé", "名前", "\u202Eevil", "a\u0000b", "line\nbreak", "cr\rhere", "tab\there", "\u2028sep",
      "\uFEFFbom", "😀", "Secret", "kind: Secret");

  private static final int[][] UNICODE_BLOCKS = {
      {0x20, 0x7E}, {0x20, 0x7E}, {0x20, 0x7E}, {0x00, 0x1F}, {0x7F, 0x9F}, {0xA0, 0x24F}, {0x370, 0x3FF},
      {0x400, 0x4FF}, {0x590, 0x6FF}, {0x2000, 0x206F}, {0x3040, 0x30FF}, {0x4E00, 0x4FFF}, {0xFE00, 0xFEFF},
      {0xFFF0, 0xFFFF}, {0x1F300, 0x1F64F}, {0x10000, 0x10FFFF}};

  private final SplittableRandom random;
  private final List<String> log = new ArrayList<>();

  Mutations(long seed) {
    this.random = new SplittableRandom(seed);
  }

  String log() {
    return String.join("; ", log);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  // ---- tree mutations ------------------------------------------------------------------------

  /** One random structural mutation of {@code root}. */
  Node mutateTree(Node root) {
    int op = random.nextInt(10);
    switch (op) {
      case 0:
        return drop(root);
      case 1:
        return replaceAnywhere(root, randomValue(2));
      case 2:
        return fieldWrongType(root);
      case 3:
        return fieldNumber(root);
      case 4:
        return fieldText(root);
      case 5:
        return addKey(root);
      case 6:
        return deepen(root);
      case 7:
        return renameKey(root);
      case 8:
        return dropRequired(root);
      default:
        return fieldAny(root);
    }
  }

  /** A mutation that often keeps the request valid: unknown keys, unicode in free-form values, drops. */
  Node mutateMildly(Node root) {
    int op = random.nextInt(4);
    if (op == 0 && root instanceof MapNode map) {
      Vector<String> path = Vector.of("spec", "vcluster", "helmOverrides", unicodeKey(), unicodeKey());
      log.add("helmOverrides value " + path.mkString(".") + " = random");
      return Paths.put(map, path.toList(), randomValue(2));
    }
    if (op == 1 && root instanceof MapNode map) {
      String key = unicodeKey();
      log.add("unknown spec key " + key);
      return Paths.put(map, io.vavr.collection.List.of("spec", key), randomValue(1));
    }
    if (op == 2) {
      return fieldText(root);
    }
    return drop(root);
  }

  private Node drop(Node root) {
    List<Vector<Object>> paths = paths(root);
    if (paths.size() <= 1) {
      return root;
    }
    Vector<Object> path = paths.get(1 + random.nextInt(paths.size() - 1));
    log.add("drop " + show(path));
    return remove(root, path);
  }

  private Node dropRequired(Node root) {
    String[][] required = {{"spec"}, {"spec", "name"}, {"metadata"}, {"metadata", "name"}, {"kind"}, {"apiVersion"},
        {"spec", "vcluster"}, {"spec", "exposure"}, {"spec", "exposure", "subnet"}, {"spec", "exposure", "vip"}};
    String[] keys = required[random.nextInt(required.length)];
    Vector<Object> path = Vector.of((Object[]) keys);
    log.add("drop " + show(path));
    return remove(root, path);
  }

  private Node replaceAnywhere(Node root, Node value) {
    List<Vector<Object>> paths = paths(root);
    Vector<Object> path = paths.get(random.nextInt(paths.size()));
    log.add("set " + show(path) + " = " + Node.describe(value));
    return replace(root, path, value);
  }

  private Node fieldWrongType(Node root) {
    RequestField field = FIELDS.get(random.nextInt(FIELDS.size()));
    Node value = wrongTypeFor(field.type());
    return putField(root, field.path(), value);
  }

  private Node fieldNumber(Node root) {
    List<RequestField> ints = FIELDS.stream().filter(f -> f.type() == FieldType.INTEGER || f.type() == FieldType.QUANTITY).toList();
    RequestField field = ints.get(random.nextInt(ints.size()));
    Node value = random.nextInt(4) == 0
        ? new Node.Decimal(new BigDecimal(EDGE_DECIMALS.get(random.nextInt(EDGE_DECIMALS.size()))))
        : new Node.Int(EDGE_INTEGERS.get(random.nextInt(EDGE_INTEGERS.size())));
    return putField(root, field.path(), value);
  }

  private Node fieldText(Node root) {
    RequestField field = FIELDS.get(random.nextInt(FIELDS.size()));
    Node value = Node.text(random.nextBoolean() ? tricky() : unicode(1 + random.nextInt(40)));
    return putField(root, field.path(), value);
  }

  private Node fieldAny(Node root) {
    RequestField field = FIELDS.get(random.nextInt(FIELDS.size()));
    return putField(root, field.path(), randomValue(3));
  }

  private Node putField(Node root, String path, Node value) {
    if (!(root instanceof MapNode map)) {
      return root;
    }
    log.add("field " + path + " = " + Node.describe(value));
    io.vavr.collection.List<String> keys = io.vavr.collection.List.of(path.split("\\."));
    if (path.startsWith("spec.networkPolicies.extraEgress.")) {
      // an item field: put a list with one item holding the value
      String key = keys.last();
      MapNode item = MapNode.of("name", Node.text("nfs")).with("cidr", Node.text("10.0.3.1/32"))
          .with("port", Node.integer(2049)).with(key, value);
      return Paths.put(map, io.vavr.collection.List.of("spec", "networkPolicies", "extraEgress"), ListNode.of(item));
    }
    return Paths.put(map, keys, value);
  }

  private Node addKey(Node root) {
    List<Vector<Object>> maps = paths(root).stream().filter(p -> at(root, p) instanceof MapNode).toList();
    if (maps.isEmpty()) {
      return root;
    }
    Vector<Object> path = maps.get(random.nextInt(maps.size()));
    MapNode map = (MapNode) at(root, path);
    String key = random.nextBoolean() ? unicodeKey() : tricky();
    if (map.containsKey(key)) {
      return root;
    }
    Node value = randomValue(2);
    log.add("add " + show(path.append(key)) + " = " + Node.describe(value));
    return replace(root, path, map.with(key, value));
  }

  private Node renameKey(Node root) {
    List<Vector<Object>> keyed = paths(root).stream().filter(p -> !p.isEmpty() && p.last() instanceof String).toList();
    if (keyed.isEmpty()) {
      return root;
    }
    Vector<Object> path = keyed.get(random.nextInt(keyed.size()));
    MapNode parent = (MapNode) at(root, path.init());
    String old = (String) path.last();
    String renamed = random.nextBoolean() ? old.toUpperCase(java.util.Locale.ROOT) : old + unicode(1);
    if (parent.containsKey(renamed)) {
      return root;
    }
    log.add("rename " + show(path) + " to " + renamed);
    MapNode result = new MapNode(parent.entries().map(e -> e._1.equals(old) ? new Tuple2<>(renamed, e._2) : e));
    return replace(root, path.init(), result);
  }

  /** Wraps a random node (or a new helmOverrides value) in maps and lists, 1 to 120 levels. */
  private Node deepen(Node root) {
    int levels = 1 + random.nextInt(random.nextBoolean() ? 20 : 120);
    Node value = nested(levels, Node.text("deep"));
    if (random.nextBoolean() && root instanceof MapNode map) {
      log.add("helmOverrides.deep = nested " + levels);
      return Paths.put(map, io.vavr.collection.List.of("spec", "vcluster", "helmOverrides", "deep"), value);
    }
    List<Vector<Object>> paths = paths(root);
    Vector<Object> path = paths.get(random.nextInt(paths.size()));
    log.add("nest " + show(path) + " " + levels + " levels");
    return replace(root, path, nested(levels, at(root, path)));
  }

  Node nested(int levels, Node leaf) {
    Node value = leaf;
    for (int i = 0; i < levels; i++) {
      value = random.nextBoolean() ? MapNode.of("k" + i, value) : ListNode.of(value);
    }
    return value;
  }

  Node randomValue(int depth) {
    int kind = random.nextInt(depth <= 0 ? 8 : 10);
    switch (kind) {
      case 0:
        return Node.text(unicode(random.nextInt(30)));
      case 1:
        return Node.text(tricky());
      case 2:
        return new Node.Int(EDGE_INTEGERS.get(random.nextInt(EDGE_INTEGERS.size())));
      case 3:
        return Node.integer(random.nextLong());
      case 4:
        return new Node.Decimal(new BigDecimal(EDGE_DECIMALS.get(random.nextInt(EDGE_DECIMALS.size()))));
      case 5:
        return Node.bool(random.nextBoolean());
      case 6:
        return Node.Null.NULL;
      case 7:
        return random.nextBoolean() ? MapNode.empty() : ListNode.of();
      case 8: {
        MapNode map = MapNode.empty();
        for (int i = random.nextInt(4); i > 0; i--) {
          map = map.with(unicodeKey(), randomValue(depth - 1));
        }
        return map;
      }
      default: {
        Vector<Node> items = Vector.empty();
        for (int i = random.nextInt(4); i > 0; i--) {
          items = items.append(randomValue(depth - 1));
        }
        return new ListNode(items);
      }
    }
  }

  private Node wrongTypeFor(FieldType type) {
    List<Node> candidates = new ArrayList<>(List.of(
        Node.text(random.nextBoolean() ? "three" : String.valueOf(random.nextInt(1000))),
        Node.integer(random.nextInt(1000)), new Node.Decimal(new BigDecimal("2.5")), Node.bool(random.nextBoolean()),
        MapNode.of("a", Node.text("b")), ListNode.of(Node.text("a")), ListNode.of()));
    candidates.removeIf(n -> type.accepts(n));
    return candidates.get(random.nextInt(candidates.size()));
  }


  // ---- text mutations ------------------------------------------------------------------------

  private static final List<String> INDICATORS = List.of(
      "*a", "&a ", "!!binary ", "!!timestamp ", "!!int ", "!!str ", "!!map ", "!custom ", "!<tag:x> ", "{", "}", "[",
      "]", ": ", ":", "- ", "#", "|", ">", "|-\n", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "---\n", "...\n", "? ",
      "@", "`", "\"", "'", "\\", ",", "<<: *a\n", "\uFEFF", "\t", "\r", "\r\n", "\u0085", "\u2028", "\u0000",
      "\"\\0\"", "\"\\ud800\"", "\"\\x41\"", "&anchor ", "*anchor");

  private static final List<String> SCALARS = List.of(
      "yes", "no", "on", "off", "0x1F", "0o17", "017", "1e3", ".inf", "-.inf", ".nan", "~", "null", "2001-12-14",
      "2001-12-14t21:59:43.10-05:00", "12:30:45", "99999999999999999999999", "-0", "+1", "1_000", "0b101",
      "\"three\"", "three", "[]", "{}", "[1, 2]", "{a: b}", "''", "\"\"", "!!str 3", "!!int \"x\"", "!!float x",
      "!!bool maybe", "!!null x", "1.5", "-1", "4294967296", "1" + "0".repeat(200), "\"\\u0000\"");

  /** One random text-level mutation of {@code yaml}. */
  String mutateText(String yaml) {
    int op = random.nextInt(11);
    int offset = yaml.isEmpty() ? 0 : random.nextInt(yaml.length() + 1);
    List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
    int line = random.nextInt(lines.size());
    switch (op) {
      case 0: {
        String inserted = unicode(1 + random.nextInt(5));
        log.add("insert unicode at " + offset + ": " + escape(inserted));
        return yaml.substring(0, offset) + inserted + yaml.substring(offset);
      }
      case 1:
        log.add("truncate at " + offset);
        return yaml.substring(0, offset);
      case 2:
        log.add("duplicate line " + (line + 1));
        lines.add(line, lines.get(line));
        return String.join("\n", lines);
      case 3: {
        String l = lines.get(line);
        String stripped = l.stripLeading();
        int indent = l.length() - stripped.length();
        log.add("tabify line " + (line + 1));
        lines.set(line, "\t".repeat(Math.max(1, indent / 2)) + stripped);
        return String.join("\n", lines);
      }
      case 4:
        log.add("delete line " + (line + 1));
        lines.remove(line);
        return String.join("\n", lines);
      case 5: {
        String inserted = INDICATORS.get(random.nextInt(INDICATORS.size()));
        log.add("insert at " + offset + ": " + escape(inserted));
        return yaml.substring(0, offset) + inserted + yaml.substring(offset);
      }
      case 6: {
        int other = random.nextInt(lines.size());
        log.add("swap lines " + (line + 1) + " and " + (other + 1));
        String a = lines.get(line);
        lines.set(line, lines.get(other));
        lines.set(other, a);
        return String.join("\n", lines);
      }
      case 7: {
        String l = lines.get(line);
        boolean add = random.nextBoolean() || !l.startsWith(" ");
        log.add((add ? "indent" : "dedent") + " line " + (line + 1));
        lines.set(line, add ? " " + l : l.substring(1));
        return String.join("\n", lines);
      }
      case 8: {
        String l = lines.get(line);
        int colon = l.indexOf(": ");
        if (colon < 0) {
          return yaml;
        }
        String scalar = SCALARS.get(random.nextInt(SCALARS.size()));
        log.add("line " + (line + 1) + " value = " + escape(scalar));
        lines.set(line, l.substring(0, colon + 2) + scalar);
        return String.join("\n", lines);
      }
      case 9: {
        int end = Math.min(yaml.length(), offset + 1 + random.nextInt(40));
        log.add("delete chars " + offset + ".." + end);
        return yaml.substring(0, offset) + yaml.substring(end);
      }
      default: {
        String l = lines.get(line);
        String key = l.strip();
        int colon = key.indexOf(':');
        if (colon <= 0) {
          return yaml;
        }
        String indent = l.substring(0, l.length() - l.stripLeading().length());
        String anchor = "a" + random.nextInt(3);
        log.add("anchor/alias around line " + (line + 1));
        lines.set(line, l + " &" + anchor);
        lines.add(Math.min(lines.size(), line + 1 + random.nextInt(3)), indent + "copy" + random.nextInt(9) + ": *" + anchor);
        return String.join("\n", lines);
      }
    }
  }

  // ---- random text ---------------------------------------------------------------------------

  String unicode(int codePoints) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < codePoints; i++) {
      int[] block = UNICODE_BLOCKS[random.nextInt(UNICODE_BLOCKS.length)];
      int cp = block[0] + random.nextInt(block[1] - block[0] + 1);
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        cp = 'x';
      }
      s.appendCodePoint(cp);
    }
    return s.toString();
  }

  private String unicodeKey() {
    return random.nextInt(3) == 0 ? "k" + random.nextInt(100) : unicode(1 + random.nextInt(12));
  }

  private String tricky() {
    return TRICKY_STRINGS.get(random.nextInt(TRICKY_STRINGS.size()));
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF || cp > 0xFFFF) {
        out.append(String.format("\\u{%X}", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  // ---- tree paths ----------------------------------------------------------------------------

  /** Every node's path (map keys as strings, list indexes as integers), the root first. */
  static List<Vector<Object>> paths(Node root) {
    List<Vector<Object>> out = new ArrayList<>();
    collect(root, Vector.empty(), out);
    return out;
  }

  private static void collect(Node node, Vector<Object> path, List<Vector<Object>> out) {
    out.add(path);
    if (node instanceof MapNode map) {
      for (Tuple2<String, Node> e : map.entries()) {
        collect(e._2, path.append(e._1), out);
      }
    } else if (node instanceof ListNode list) {
      for (int i = 0; i < list.items().size(); i++) {
        collect(list.items().get(i), path.append(i), out);
      }
    }
  }

  static Node at(Node root, Vector<Object> path) {
    Node current = root;
    for (Object step : path) {
      if (step instanceof String key && current instanceof MapNode map) {
        current = map.get(key).getOrNull();
      } else if (step instanceof Integer index && current instanceof ListNode list) {
        current = list.items().get(index);
      } else {
        return null;
      }
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  static Node replace(Node root, Vector<Object> path, Node value) {
    if (path.isEmpty()) {
      return value;
    }
    Object step = path.head();
    if (step instanceof String key && root instanceof MapNode map) {
      Node child = map.get(key).getOrElse(MapNode.empty());
      return map.with(key, replace(child, path.tail(), value));
    }
    if (step instanceof Integer index && root instanceof ListNode list && index < list.items().size()) {
      return new ListNode(list.items().update(index, replace(list.items().get(index), path.tail(), value)));
    }
    return root;
  }

  static Node remove(Node root, Vector<Object> path) {
    if (path.isEmpty()) {
      return root;
    }
    Object step = path.head();
    if (path.size() == 1) {
      if (step instanceof String key && root instanceof MapNode map) {
        return map.without(key);
      }
      if (step instanceof Integer index && root instanceof ListNode list && index < list.items().size()) {
        return new ListNode(list.items().removeAt(index));
      }
      return root;
    }
    if (step instanceof String key && root instanceof MapNode map && map.containsKey(key)) {
      return map.with(key, remove(map.get(key).get(), path.tail()));
    }
    if (step instanceof Integer index && root instanceof ListNode list && index < list.items().size()) {
      return new ListNode(list.items().update(index, remove(list.items().get(index), path.tail())));
    }
    return root;
  }

  static String show(Vector<Object> path) {
    return path.isEmpty() ? "(root)" : escape(path.mkString("."));
  }
}
