package vn.thiduaflow.conference;

/** Plenary conference (Hội nghị toàn thể) or delegate conference (Hội nghị đại biểu). */
public enum AttendanceMode {
  PLENARY("Hội nghị toàn thể"),
  DELEGATE("Hội nghị đại biểu");

  private final String label;

  AttendanceMode(String label) {
    this.label = label;
  }

  /** Vietnamese label. */
  public String label() {
    return label;
  }
}
