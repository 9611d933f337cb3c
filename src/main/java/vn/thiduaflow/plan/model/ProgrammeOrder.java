package vn.thiduaflow.plan.model;

/** How far a unit may change the order of the plan's programme items. */
public enum ProgrammeOrder {
  /** The plan's order exactly (the seed plans list their items as a sequence and allow no change). */
  FIXED,
  /**
   * The session's items in any order; the ceremonies before the session stay first, in the plan's order.
   */
  WITHIN_SESSION,
  /** Any order of the ceremonies among themselves and of the session's items; ceremonies still come first. */
  FREE
}
