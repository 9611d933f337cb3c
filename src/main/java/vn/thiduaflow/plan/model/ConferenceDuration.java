package vn.thiduaflow.plan.model;

/** How long a conference lasts, as a plan states it ("01 buổi", "1/2 ngày"). Informational: shown, not enforced. */
public enum ConferenceDuration {
  ONE_SESSION("01 buổi"),
  HALF_DAY("1/2 ngày"),
  ONE_DAY("01 ngày"),
  TWO_DAYS("02 ngày");

  private final String label;

  ConferenceDuration(String label) {
    this.label = label;
  }

  /** Vietnamese label. */
  public String label() {
    return label;
  }
}
