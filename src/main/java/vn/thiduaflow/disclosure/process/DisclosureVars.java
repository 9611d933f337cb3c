package vn.thiduaflow.disclosure.process;

/** The variables the disclosure keeps in a UnitConference instance. */
final class DisclosureVars {

  /** Flag of Gateway_DisclosurePending: a published list is still open and the vote waits for its end. */
  static final String PENDING = "disclosurePending";
  /** When TimerEvent_DisclosureEnds fires: 00:00 of the day after the list's last day (a Date). */
  static final String ENDS_AT = "disclosureEndsAt";
  /** The comments received, for the vote form's table (JSON). */
  static final String COMMENTS = "disclosureComments";
  /** The period and the count of comments in one Vietnamese sentence, for the vote form. */
  static final String SUMMARY = "disclosureSummary";

  private DisclosureVars() {}
}
