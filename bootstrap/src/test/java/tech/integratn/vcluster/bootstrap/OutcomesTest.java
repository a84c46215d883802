package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An unexpected internal failure is one line and a hint, or the trace with --debug. */
class OutcomesTest {

  static String report(boolean debug) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Outcomes.internalError(new IllegalStateException("boom\nsecond line"), debug,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(ExitCode.INTERNAL);
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withoutDebugOneLineAndAHint() {
    assertThat(report(false)).isEqualTo("internal error: boom\n"
        + "hint: re-run with --debug (or VCLUSTER_DEBUG=true in a pipeline) to see the stack trace\n");
  }

  @Test
  void withDebugTheStackTrace() {
    assertThat(report(true)).startsWith("internal error: boom\n")
        .contains("\tat tech.integratn.vcluster.bootstrap.OutcomesTest");
  }
}
