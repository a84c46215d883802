package tech.integratn.vcluster.domain.profile;

/** The one place that renders profile problems as text: {@code profile: <key path>: <rule>}. */
public final class ProfileProblems {

  private ProfileProblems() {}

  public static String render(ProfileProblem problem) {
    if (problem instanceof ProfileProblem.UnknownKey p) {
      return "profile: " + p.path() + ": unknown key"
          + (p.closest().isDefined() ? " (did you mean " + p.closest().get() + "?)" : "");
    }
    if (problem instanceof ProfileProblem.Invalid p) {
      return "profile: " + p.path() + ": " + p.rule();
    }
    ProfileProblem.NotAMap p = (ProfileProblem.NotAMap) problem;
    return "profile: must be a map (got " + p.got() + ")";
  }
}
