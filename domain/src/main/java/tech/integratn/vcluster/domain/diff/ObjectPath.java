package tech.integratn.vcluster.domain.diff;

import io.vavr.collection.Vector;

/**
 * A path inside an object, as spec 12.3 writes it: keys joined by dots
 * ({@code spec.source.helm.valuesObject}), a key that is not plain (anything but letters, digits,
 * {@code _} and {@code -}, or empty) in brackets and double quotes
 * ({@code annotations["external-dns.alpha.kubernetes.io/hostname"]}), a list item as {@code [i]}
 * from 0. The empty path is the object (or list) itself and is written {@code .}.
 */
public record ObjectPath(Vector<Segment> segments) {

  /** One step: a map key or a list index. */
  public sealed interface Segment permits Key, Index {}

  /** A map key. */
  public record Key(String key) implements Segment {}

  /** A list index, from 0. */
  public record Index(int index) implements Segment {}

  private static final ObjectPath ROOT = new ObjectPath(Vector.empty());

  public static ObjectPath root() {
    return ROOT;
  }

  /** A path of map keys only. */
  public static ObjectPath of(String... keys) {
    ObjectPath path = ROOT;
    for (String key : keys) {
      path = path.key(key);
    }
    return path;
  }

  public ObjectPath key(String key) {
    return new ObjectPath(segments.append(new Key(key)));
  }

  public ObjectPath index(int index) {
    return new ObjectPath(segments.append(new Index(index)));
  }

  /** The path as text (see the class comment). */
  public String text() {
    if (segments.isEmpty()) {
      return ".";
    }
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      if (segment instanceof Index i) {
        out.append('[').append(i.index()).append(']');
      } else {
        String key = ((Key) segment).key();
        if (plain(key)) {
          out.append(out.length() == 0 ? "" : ".").append(key);
        } else {
          out.append('[').append(tech.integratn.vcluster.domain.tree.Node.quote(key)).append(']');
        }
      }
    }
    return out.toString();
  }

  /** Letters, digits, {@code _} and {@code -} only, and not empty: written without brackets. */
  static boolean plain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text();
  }
}
