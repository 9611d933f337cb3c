package vn.thiduaflow.unit;

/** Level of an administrative unit in the real lists. */
public enum UnitLevel {
  NATION("Toàn quốc"),
  PROVINCE("Cấp tỉnh"),
  DISTRICT("Cấp huyện"),
  COMMUNE("Cấp xã");

  private final String label;

  UnitLevel(String label) {
    this.label = label;
  }

  /** Vietnamese label. */
  public String label() {
    return label;
  }
}
