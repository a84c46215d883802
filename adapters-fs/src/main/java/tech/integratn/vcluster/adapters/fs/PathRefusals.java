package tech.integratn.vcluster.adapters.fs;

/** The one place that renders a {@link PathRefusal} as a line for a person. */
public final class PathRefusals {

  private PathRefusals() {}

  /** {@code <path>: <why it is refused>}. */
  public static String describe(PathRefusal refusal) {
    return refusal.path() + ": " + reason(refusal);
  }

  private static String reason(PathRefusal refusal) {
    if (refusal instanceof PathRefusal.SymbolicLink) {
      return "is a symbolic link (name the directory itself)";
    }
    if (refusal instanceof PathRefusal.RegularFile) {
      return "is a regular file, not a directory";
    }
    if (refusal instanceof PathRefusal.SpecialFile) {
      return "is a device or other special file (FIFO, socket), not a directory";
    }
    if (refusal instanceof PathRefusal.FileSystemRoot) {
      return "is the file system root";
    }
    if (refusal instanceof PathRefusal.Home) {
      return "is your home directory";
    }
    if (refusal instanceof PathRefusal.WorkingDirectory) {
      return "is the current directory";
    }
    if (refusal instanceof PathRefusal.ContainsWorkingDirectory c) {
      return "contains the current directory (" + c.workingDirectory() + ")";
    }
    if (refusal instanceof PathRefusal.Overlap o) {
      if (o.relation() == PathRefusal.Relation.SAME) {
        return "is also " + o.other() + " (" + o.otherPath() + ")";
      }
      return (o.relation() == PathRefusal.Relation.CONTAINS ? "contains " : "is inside ") + o.other()
          + " (" + o.otherPath() + ")";
    }
    if (refusal instanceof PathRefusal.ForeignContent f) {
      return "holds " + f.entry() + ", which no previous render wrote (" + f.allowed() + ")";
    }
    if (refusal instanceof PathRefusal.Appeared a) {
      return "holds " + a.entry() + ", which appeared while rendering and no render wrote (" + a.allowed()
          + "); it was put back as it was, nothing was replaced";
    }
    if (refusal instanceof PathRefusal.Replaced r) {
      return "became " + r.by() + " while rendering; it was put back as it was, nothing was replaced";
    }
    if (refusal instanceof PathRefusal.KeptAside k) {
      return "the new render is in place, but " + k.entry() + " appeared in the previous content while it was "
          + "being removed; only rendered files were removed, the rest is kept in " + k.keptAt();
    }
    PathRefusal.Uninspectable u = (PathRefusal.Uninspectable) refusal;
    return "cannot be inspected: " + u.reason();
  }
}
