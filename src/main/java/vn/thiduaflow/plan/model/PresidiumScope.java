package vn.thiduaflow.plan.model;

/** Which conferences the plan's top-level {@link PresidiumRule} binds where a tier states no rule of its own. */
public enum PresidiumScope {
  /** Every conference of the campaign, own and lower, at every level. */
  EVERY_TIER,
  /**
   * The issuing unit's own conference only (a provincial plan's "Đoàn Chủ tịch 9–11 người" is for the provincial
   * congress, not for a 50-person commune conference).
   */
  OWN_CONFERENCE
}
