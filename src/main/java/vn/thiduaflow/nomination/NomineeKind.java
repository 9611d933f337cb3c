package vn.thiduaflow.nomination;

/** An exemplar is a collective (tập thể) or an individual (cá nhân). */
public enum NomineeKind {
  COLLECTIVE("Tập thể"),
  INDIVIDUAL("Cá nhân");

  private final String label;

  NomineeKind(String label) {
    this.label = label;
  }

  /** Vietnamese label. */
  public String label() {
    return label;
  }
}
