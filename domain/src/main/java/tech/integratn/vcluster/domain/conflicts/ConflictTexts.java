package tech.integratn.vcluster.domain.conflicts;

/**
 * The one place a conflict becomes text, in the spec's style (12.1):
 * <pre>
 * platform/vclusters/a.yaml and b.yaml: spec.name media renders ArgoCDProject platform-requests/vcluster-media twice
 * platform/a.yaml and team/b.yaml: spec.exposure.hostname media.integratn.tech gives both the hostname media.integratn.tech
 * platform/all.yaml documents 1 and 2: spec.exposure.vip 10.0.4.200 and spec.exposure.subnet 10.0.4.0/24 both give the VIP 10.0.4.200
 * platform/a.yaml (document 2) and b.yaml: spec.targetNamespace media puts two vclusters in namespace media
 * </pre>
 * The second file is written without the directory both share; a document number is written where
 * the file holds several requests. When both requests name the colliding value through the same
 * field and value it is written once, else both, each in its request's order.
 */
public final class ConflictTexts {

  private ConflictTexts() {}

  public static String text(Conflict conflict) {
    boolean same = conflict.firstOrigin().equals(conflict.secondOrigin());
    String origins = same ? conflict.firstOrigin().text()
        : conflict.firstOrigin().text() + " and " + conflict.secondOrigin().text();
    String what;
    if (conflict instanceof Conflict.SameObject o) {
      String object = o.kind() + " " + (o.namespace().isEmpty() ? o.name() : o.namespace() + "/" + o.name());
      what = same ? "renders " + object + " twice" : "both render " + object;
    } else if (conflict instanceof Conflict.SameHostname h) {
      what = (same ? "gives both" : "both give") + " the hostname " + h.hostname();
    } else if (conflict instanceof Conflict.SameVip v) {
      what = (same ? "gives both" : "both give") + " the VIP " + v.vip();
    } else {
      String namespace = ((Conflict.SameTargetNamespace) conflict).namespace();
      what = same ? "puts two vclusters in namespace " + namespace : "both put a vcluster in namespace " + namespace;
    }
    return files(conflict.first(), conflict.second()) + ": " + origins + " " + what;
  }

  /** {@code a.yaml and b.yaml} as the class comment describes. */
  static String files(RequestFile first, RequestFile second) {
    if (first.path().equals(second.path())) {
      return first.path() + " documents " + first.document() + " and " + second.document();
    }
    int slash = first.path().lastIndexOf('/');
    String directory = first.path().substring(0, slash + 1);
    String secondPath = slash >= 0 && second.path().startsWith(directory)
        && second.path().indexOf('/', directory.length()) < 0 ? second.path().substring(directory.length()) : second.path();
    return first.path() + document(first) + " and " + secondPath + document(second);
  }

  private static String document(RequestFile file) {
    return file.severalInFile() ? " (document " + file.document() + ")" : "";
  }
}
