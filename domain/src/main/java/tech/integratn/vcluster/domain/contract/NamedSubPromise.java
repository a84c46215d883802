package tech.integratn.vcluster.domain.contract;

/**
 * What every sub-promise states the same way: its request kind, its promise name and its CRD
 * texts. A sub-promise extends this and writes only its rules (field table, configure, delete,
 * invalid status).
 */
public abstract class NamedSubPromise implements SubPromise {

  private final String kind;
  private final String promiseName;
  private final CrdTexts crdTexts;

  protected NamedSubPromise(String kind, String promiseName, CrdTexts crdTexts) {
    this.kind = kind;
    this.promiseName = promiseName;
    this.crdTexts = crdTexts;
  }

  @Override
  public final String kind() {
    return kind;
  }

  @Override
  public final String promiseName() {
    return promiseName;
  }

  @Override
  public final CrdTexts crdTexts() {
    return crdTexts;
  }
}
