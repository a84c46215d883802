package tech.integratn.vcluster.adapters.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.cleanup.CleanupFailure;
import tech.integratn.vcluster.domain.cleanup.Redaction;

/**
 * What went wrong with one call, from the client's exception, in words an operator can act on. A
 * message from the server or the client is the server's text: it is redacted before it is cut to
 * one short line (a token across the cut would leave its first characters otherwise), and its
 * control characters become spaces (no escape sequence or line separator reaches the log).
 */
final class Failures {

  private Failures() {}

  static CleanupFailure classify(String call, Throwable error, long timeoutMillis, Redaction redaction) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof KubernetesClientException k && k.getCode() >= 300 && k.getCode() < 400) {
        // never followed (spec 10.3): where it points is not even shown
        return new CleanupFailure.Redirected(call, k.getCode());
      }
      if (t instanceof KubernetesClientException k && k.getCode() > 0) {
        String message = k.getStatus() != null && k.getStatus().getMessage() != null ? k.getStatus().getMessage() : "";
        return k.getCode() == 401 || k.getCode() == 403
            ? new CleanupFailure.Refused(call, k.getCode(), oneLine(message, redaction))
            : new CleanupFailure.ServerError(call, k.getCode(), oneLine(message, redaction));
      }
      if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException
          || t instanceof java.util.concurrent.TimeoutException) {
        return new CleanupFailure.TimedOut(call, timeoutMillis);
      }
      if (t instanceof SSLException) {
        return new CleanupFailure.Unreachable(call, "TLS handshake failed (is the server's certificate signed by the CA given?)");
      }
      if (t instanceof ConnectException) {
        return new CleanupFailure.Unreachable(call, "connection refused");
      }
      if (t instanceof UnknownHostException u) {
        return new CleanupFailure.Unreachable(call, "unknown host " + oneLine(String.valueOf(u.getMessage()), redaction));
      }
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return new CleanupFailure.Unreachable(call, "I/O error" + detail(t, redaction));
      }
    }
    return new CleanupFailure.Unreachable(call, "client error" + detail(error, redaction));
  }

  /** {@code ": <message>"} without exception class names, or nothing. */
  static String detail(Throwable error, Redaction redaction) {
    String message = error.getMessage();
    return message == null || message.isBlank() ? "" : ": " + oneLine(message, redaction);
  }

  /**
   * One line: redacted first, control characters (C0, DEL, C1, the Unicode line and paragraph
   * separators) as spaces, Java class names (a dotted name ending in Exception or Error) taken out,
   * then cut to 300 characters.
   */
  static String oneLine(@Nullable String text, Redaction redaction) {
    if (text == null) {
      return "";
    }
    String line = withoutControlCharacters(redaction.apply(text)).strip();
    StringBuilder out = new StringBuilder();
    for (String word : line.split(" ")) {
      String bare = word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
      if (bare.contains(".") && (bare.endsWith("Exception") || bare.endsWith("Error"))) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word);
    }
    String result = out.toString();
    return result.length() > 300 ? result.substring(0, 300) + "…" : result;
  }

  private static String withoutControlCharacters(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029';
      out.append(control ? ' ' : c);
    }
    return out.toString();
  }
}
