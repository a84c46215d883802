package tech.integratn.vcluster.domain.diff;

import tech.integratn.vcluster.domain.tree.Node;

/**
 * One document of an output, with where it came from for messages
 * ({@code resources/etcd-certificates.yaml}, document 3 of it: {@code document} counts from 1).
 */
public record Manifest(String file, int document, Node body) {

  /** {@code file} or {@code file (document n)} when the file holds several documents. */
  public String source(boolean severalInFile) {
    return severalInFile ? file + " (document " + document + ")" : file;
  }
}
