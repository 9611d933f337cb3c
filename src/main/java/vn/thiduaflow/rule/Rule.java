package vn.thiduaflow.rule;

/** The rules the gateways decide on. Each decision is recorded with the plan clause it applies. */
public enum Rule {
  FORM_ALLOWED,
  DATE_IN_WINDOW,
  ATTENDANCE_MODE,
  DELEGATE_CAP,
  EXEMPLAR_SHARE,
  PRESIDIUM,
  UPPER_QUOTA,
  PRESENTATION_MIX,
  PROGRAMME,
  NOMINEE_ELIGIBILITY,
  COUNCIL_VOTE,
  DOSSIER_ON_TIME,
  NOMINATIONS_ON_TIME,
  /** National congress: official and guest delegates within the fixed numbers (2,025 + 198). */
  DELEGATION_NUMBERS,
  /** National congress: the number of delegations (105). */
  DELEGATIONS,
  /** The upper conference opens only when every lower unit has reported or been waived by the chair. */
  LOWER_REPORTS
}
