package vn.thiduaflow.plan.model;

/** Which conferences of a tier a {@link Cap} binds. */
public enum CapScope {
  /**
   * Delegate conferences only (172/KH-UBND §II.2.1: "Hội nghị đại biểu không quá 200 đại biểu" — a plenary conference
   * takes every staff member).
   */
  DELEGATE_CONFERENCES,
  /** Every conference of the tier, plenary or delegate (a plan that caps grassroots conferences at 50 people). */
  EVERY_CONFERENCE
}
