package vn.thiduaflow.plan.model;

/**
 * Steps of a dated schedule ("Dự kiến thời gian") as plans list them. Source: Văn Yên plan 2020, "Tổ chức thực hiện" §1.
 */
public enum ScheduleStep {
  /** Council meeting 1: the council starts preparing the plan. */
  COUNCIL_KICKOFF,
  /** The detailed plan is sent to departments, units and residential groups. */
  PLAN_DISTRIBUTION,
  /** Units review their people (bình xét) and prepare achievement summaries. */
  UNIT_REVIEW,
  /** Units send reports, nominee lists and achievement summaries to the council. */
  NOMINATION_SUBMISSION,
  /** Council meeting 2: composition, presenters, delegates to the upper level — the vote. */
  COUNCIL_VOTE,
  /** Summary report finished and logistics prepared: the dossier. */
  DOSSIER_PREPARATION,
  /** The conference is held. */
  CONFERENCE
}
