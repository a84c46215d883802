package tech.integratn.vcluster.domain.conflicts;

/**
 * Where a request was read: {@code path} relative to the directory walked ({@code /} between
 * names), its {@code document} in that file from 1, and whether the file holds several requests
 * (then conflicts name the document). Ordered by path, then document.
 */
public record RequestFile(String path, int document, boolean severalInFile) implements Comparable<RequestFile> {

  @Override
  public int compareTo(RequestFile other) {
    int c = path.compareTo(other.path);
    return c != 0 ? c : Integer.compare(document, other.document);
  }
}
