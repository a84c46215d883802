package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.network.AddressErrors;

/** The one place that renders request problems and warnings as text. */
public final class Problems {

  private Problems() {}

  /** {@code <field path>: <rule broken> (got <value>)}, or the line and column of a syntax error. */
  public static String render(RequestProblem problem) {
    if (problem instanceof RequestProblem.RuleBroken p) {
      return p.path() + ": " + p.rule() + " (got " + p.got() + ")";
    }
    if (problem instanceof RequestProblem.Reserved p) {
      return p.path() + ": " + p.rule();
    }
    if (problem instanceof RequestProblem.Missing p) {
      return p.path() + ": is required";
    }
    if (problem instanceof RequestProblem.UnknownField p) {
      return p.path() + ": unknown field" + didYouMean(p.closest());
    }
    if (problem instanceof RequestProblem.ProfileDefaultUnusable p) {
      StringBuilder text = new StringBuilder(p.path()).append(": the profile's default ")
          .append(AddressErrors.describeDefault(p.error())).append("; set ");
      for (int i = 0; i < p.fields().size(); i++) {
        text.append(i == 0 ? "" : i == p.fields().size() - 1 ? " or " : ", ").append(p.fields().get(i));
      }
      return text.toString();
    }
    if (problem instanceof RequestProblem.WrongType p) {
      return p.path() + ": must be " + p.expected() + " (got " + p.got() + ")";
    }
    if (problem instanceof RequestProblem.BadAddress p) {
      return p.path() + ": " + AddressErrors.describe(p.error());
    }
    if (problem instanceof RequestProblem.ChartValues p) {
      return p.message();
    }
    if (problem instanceof RequestProblem.Syntax p) {
      return p.source() + ":" + p.line() + ":" + p.column() + ": not valid YAML: " + p.message();
    }
    if (problem instanceof RequestProblem.Inaccessible p) {
      return p.source() + ": " + p.reason();
    }
    RequestProblem.Unreadable p = (RequestProblem.Unreadable) problem;
    return p.source() + ": " + p.reason();
  }

  /** The field path a problem is about ({@code ""} for problems of the whole document). */
  public static String path(RequestProblem problem) {
    if (problem instanceof RequestProblem.RuleBroken p) {
      return p.path();
    }
    if (problem instanceof RequestProblem.Missing p) {
      return p.path();
    }
    if (problem instanceof RequestProblem.Reserved p) {
      return p.path();
    }
    if (problem instanceof RequestProblem.UnknownField p) {
      return p.path();
    }
    if (problem instanceof RequestProblem.ProfileDefaultUnusable p) {
      return p.path();
    }
    if (problem instanceof RequestProblem.WrongType p) {
      return p.path();
    }
    if (problem instanceof RequestProblem.BadAddress p) {
      return p.path();
    }
    if (problem instanceof RequestProblem.ChartValues p) {
      return p.field();
    }
    return "";
  }

  public static String render(RequestWarning warning) {
    if (warning instanceof RequestWarning.UnknownField w) {
      return w.path() + ": unknown field, ignored" + didYouMean(w.closest());
    }
    RequestWarning.NoEffect w = (RequestWarning.NoEffect) warning;
    return w.path() + ": " + w.why();
  }

  private static String didYouMean(Option<String> closest) {
    return closest.isDefined() ? " (did you mean " + closest.get() + "?)" : "";
  }

  /** All problems, one per line, in order. */
  public static String renderAll(Seq<RequestProblem> problems) {
    StringBuilder text = new StringBuilder();
    for (RequestProblem p : problems) {
      text.append(text.length() == 0 ? "" : "\n").append(render(p));
    }
    return text.toString();
  }
}
