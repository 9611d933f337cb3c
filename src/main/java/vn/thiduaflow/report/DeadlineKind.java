package vn.thiduaflow.report;

/** Deadlines that have a timer and escalate when missed. */
public enum DeadlineKind {
  /** Units send nominations to the council (plan's nominationDeadline). */
  NOMINATIONS,
  /** The dossier is approved by the upper council (plan's dossier rule: N calendar days before, or a fixed date). */
  DOSSIER
}
