package tech.integratn.vcluster.domain.cleanup;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The one redaction every line of the clean-up passes through (spec 10.3): each known secret (the
 * bearer token; any letter case), the value after any {@code Authorization} (any letter case) and
 * the credential after any {@code Bearer} become {@value #REDACTED}. Written without regular
 * expressions, like the rest of the delete path. A known secret shorter than
 * {@value #MIN_SECRET} characters is not searched for (a one-letter test token would blank out
 * every such letter of the log); the {@code Authorization} and {@code Bearer} passes still apply.
 *
 * @param secrets the credentials this run holds (blank and very short ones are ignored)
 */
public record Redaction(Seq<String> secrets) {

  public static final String REDACTED = "[redacted]";
  public static final int MIN_SECRET = 6;

  /** A redaction that knows no secret (it still removes {@code Authorization} and {@code Bearer} values). */
  public static Redaction none() {
    return new Redaction(List.empty());
  }

  /** {@code text} without any secret. */
  public String apply(String text) {
    String out = text;
    for (String secret : secrets) {
      if (secret.strip().length() >= MIN_SECRET) {
        out = replaceIgnoringCase(out, secret.strip());
      }
    }
    out = afterKeyword(out, "authorization", true);
    return afterKeyword(out, "bearer", false);
  }

  private static String replaceIgnoringCase(String text, String secret) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.regionMatches(true, i, secret, 0, secret.length())) {
        out.append(REDACTED);
        i += secret.length();
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Replaces what follows each {@code keyword} (any letter case): for {@code Authorization}, past
   * quotes, {@code :} or {@code =} and blanks, the whole value up to the end of the line or a
   * closing quote, comma or brace; for {@code Bearer}, past blanks, the next word.
   */
  private static String afterKeyword(String text, String keyword, boolean wholeValue) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (!text.regionMatches(true, i, keyword, 0, keyword.length())) {
        out.append(text.charAt(i));
        i++;
        continue;
      }
      out.append(text, i, i + keyword.length());
      int j = i + keyword.length();
      int separators = j;
      while (j < text.length() && isSeparator(text.charAt(j), wholeValue)) {
        j++;
      }
      if (j == separators && !wholeValue) {
        // "bearer" inside another word (or at the end): nothing follows it
        i = j;
        continue;
      }
      out.append(text, separators, j);
      if (text.startsWith(REDACTED, j)) {
        out.append(REDACTED);
        i = j + REDACTED.length();
        continue;
      }
      int end = j;
      while (end < text.length() && !endsValue(text.charAt(end), wholeValue)) {
        end++;
      }
      if (end > j) {
        out.append(REDACTED);
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean isSeparator(char c, boolean wholeValue) {
    return c == ' ' || c == '\t' || (wholeValue && (c == ':' || c == '=' || c == '"' || c == '\''));
  }

  private static boolean endsValue(char c, boolean wholeValue) {
    if (c == '\n' || c == '\r' || c == '"' || c == '\'') {
      return true;
    }
    return wholeValue ? c == ',' || c == '}' || c == ']' : c == ' ' || c == '\t' || c == ',' || c == '}' || c == ']';
  }
}
