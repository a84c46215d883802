package tech.integratn.vcluster.domain.diff;

import io.vavr.control.Either;

/**
 * Reads a path written as {@link ObjectPath#text()} writes it (spec 12.3 {@code --path}): plain
 * keys joined by dots, any key in brackets and double quotes (with the escapes of
 * {@code Node.quote}: {@code \"}, {@code \\}, {@code \n}, {@code \r}, {@code \t}, {@code \}{@code uXXXX}),
 * a list index as {@code [i]}; {@code .} is the root. A path that breaks the syntax is refused
 * with the reason and the position.
 */
public final class ObjectPathParser {

  private ObjectPathParser() {}

  public static Either<String, ObjectPath> parse(String text) {
    if (text.equals(".")) {
      return Either.right(ObjectPath.root());
    }
    if (text.isEmpty()) {
      return Either.left("is empty (write . for the whole tree)");
    }
    ObjectPath path = ObjectPath.root();
    int i = 0;
    boolean expectKey = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '[') {
        int close;
        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          StringBuilder key = new StringBuilder();
          int j = i + 2;
          boolean closed = false;
          while (j < text.length()) {
            char k = text.charAt(j);
            if (k == '"') {
              closed = true;
              break;
            }
            if (k == '\\') {
              if (j + 1 >= text.length()) {
                break;
              }
              char e = text.charAt(j + 1);
              if (e == 'n') {
                key.append('\n');
              } else if (e == 'r') {
                key.append('\r');
              } else if (e == 't') {
                key.append('\t');
              } else if (e == '"' || e == '\\') {
                key.append(e);
              } else if (e == 'u' && j + 5 < text.length() && hex(text, j + 2, j + 6)) {
                key.append((char) Integer.parseInt(text.substring(j + 2, j + 6), 16));
                j += 4;
              } else {
                return Either.left("has an unknown escape \\" + e + " at position " + (j + 1));
              }
              j += 2;
            } else {
              key.append(k);
              j++;
            }
          }
          if (!closed || j + 1 >= text.length() || text.charAt(j + 1) != ']') {
            return Either.left("has an unclosed [\" at position " + (i + 1));
          }
          path = path.key(key.toString());
          close = j + 1;
        } else {
          close = text.indexOf(']', i);
          if (close < 0) {
            return Either.left("has an unclosed [ at position " + (i + 1));
          }
          String index = text.substring(i + 1, close);
          if (index.isEmpty() || index.length() > 9 || !digits(index)) {
            return Either.left("has [" + index + "] at position " + (i + 1)
                + ": write a list index as [0] and a key as [\"key\"]");
          }
          path = path.index(Integer.parseInt(index));
        }
        i = close + 1;
        expectKey = false;
      } else if (c == '.') {
        if (expectKey || i + 1 >= text.length() || text.charAt(i + 1) == '.' || text.charAt(i + 1) == '[') {
          return Either.left("has an empty key at position " + (i + 1));
        }
        i++;
        expectKey = true;
      } else {
        if (!expectKey) {
          return Either.left("needs a . before the key at position " + (i + 1));
        }
        int end = i;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        path = path.key(text.substring(i, end));
        i = end;
        expectKey = false;
      }
    }
    return Either.right(path);
  }

  private static boolean digits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean hex(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
