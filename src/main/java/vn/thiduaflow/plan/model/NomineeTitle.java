package vn.thiduaflow.plan.model;

/** Titles an exemplar may hold (DOMAIN glossary). */
public enum NomineeTitle {
  EXEMPLAR("Điển hình tiên tiến"),
  EMULATION_FIGHTER("Chiến sĩ thi đua"),
  LABOUR_HERO("Anh hùng Lao động"),
  ARMED_FORCES_HERO("Anh hùng LLVTND"),
  GOOD_PERSON_GOOD_DEED("Gương người tốt, việc tốt");

  private final String label;

  NomineeTitle(String label) {
    this.label = label;
  }

  /** Vietnamese label. */
  public String label() {
    return label;
  }
}
