package vn.thiduaflow.system;

/**
 * Process ids, element ids, variable names and form-field keys of the models in {@code bpmn/} and {@code forms/}, in
 * one place: Java code and tests use these constants, never the literals.
 */
public final class ProcessModel {

  private ProcessModel() {}

  /** The campaign of one plan: opens the unit conferences, runs them, reports upward. */
  public static final String CAMPAIGN = "Campaign";
  /** One unit's conference, from scheduling to the report upward. */
  public static final String UNIT_CONFERENCE = "UnitConference";
  /**
   * Process id of a conference's duties and supervision (issue 22), called by UnitConference once scheduled; business
   * key = conference id, as UnitConference's.
   */
  public static final String UNIT_DUTIES = "UnitDuties";
  /**
   * Process id of the commendation of a conference's exemplars (issue 24), started when its council's vote passes;
   * business key = conference id, as UnitConference's.
   */
  public static final String COMMENDATION = "Commendation";
  /**
   * Message a lower unit's report sends to the campaign above; correlated by business key (the campaign id) and the
   * receive task's local variable {@link Vars#LOWER_UNIT_CODE}.
   */
  public static final String LOWER_REPORT_RECEIVED = "LowerReportReceived";

  /**
   * Message the campaign sends its own conference once the lower delegates are its nominees (issue 22): opens that
   * conference's nominations; correlated by business key (the conference id).
   */
  public static final String LOWER_DELEGATES_COLLECTED = "LowerDelegatesCollected";

  /** Message that ends a campaign's periodic progress reports when the campaign closes (to its own instance). */
  public static final String CAMPAIGN_CLOSED = "CampaignClosed";

  /**
   * Process variables: gateway flags and the ids of multi-instance elements. Which campaign or conference an instance
   * works on is its business key ({@link ProcessIds}), never a variable.
   */
  public static final class Vars {
    private Vars() {}
    /** Element variable of CallActivity_RunLowerCampaigns: the lower campaign's id. */
    public static final String LOWER_CAMPAIGN_ID = "lowerCampaignId";
    /** Element variable of SubProcess_AwaitLowerReport, and the receive task's local correlation variable. */
    public static final String LOWER_UNIT_CODE = "lowerUnitCode";
    public static final String PILOT_CONSULTATION = "pilotConsultation";
    /**
     * Whether the conference's nominations wait for the delegates its lower units send up (set by
     * ServiceTask_PrepareConference from the conference: Gateway_AwaitLowerDelegates).
     */
    public static final String AWAITS_LOWER_DELEGATES = "awaitsLowerDelegates";
    /**
     * Whether the campaign's plan asks for periodic progress reports (set by ServiceTask_OpenCampaign from the plan:
     * Gateway_PeriodicReports).
     */
    public static final String PERIODIC_PROGRESS_REPORTS = "periodicProgressReports";
    /**
     * Whether the chair waived the lower unit's missing report: set with the decision by UserTask_DecideMissingReport's
     * complete listener, local to the unit's SubProcess_AwaitLowerReport: Gateway_Waived.
     */
    public static final String LOWER_UNIT_WAIVED = "lowerUnitWaived";
    public static final String CONFERENCE_PLAN_VALID = "conferencePlanValid";
    public static final String COMPOSITION_VALID = "compositionValid";
    /**
     * Whether the conference's unit has a council that may vote ({@code CouncilService.ready}): set with the
     * composition's check and by the council task; false routes to UserTask_MaintainCouncil.
     */
    public static final String COUNCIL_READY = "councilReady";
    public static final String VOTE_PASSED = "votePassed";
    public static final String DOSSIER_APPROVED = "dossierApproved";
    public static final String DOSSIER_ON_TIME = "dossierOnTime";
    public static final String CONFERENCE_RESCHEDULED = "conferenceRescheduled";
    /** Input variable of the reminder and escalation service tasks: a DeadlineKind name. */
    public static final String DEADLINE = "deadline";
    /**
     * What the council votes on, shown read-only in every member's vote form (Json: one row per eligible nominee with
     * name, kind, unit, position, title, year, achievement summary): set when the composition passed its check,
     * removed when the votes are counted. Never the members' choices.
     */
    public static final String PROPOSAL = "proposal";
    /** The proposed delegate composition as one Vietnamese sentence, beside {@link #PROPOSAL} in the vote form. */
    public static final String PROPOSAL_COMPOSITION = "proposalComposition";
    /**
     * The last counted round per nominee (Json rows: number, name, title, unit, agreements "8/10", share, required,
     * outcome, clause), shown in the chair's and office's forms after the tally; counts only, never who voted how.
     */
    public static final String VOTE_RESULTS = "voteResults";
    /** The tally in one Vietnamese sentence, beside {@link #VOTE_RESULTS}. */
    public static final String VOTE_SUMMARY = "voteSummary";
    /** Where the chair and office download the minutes of the count (biên bản kiểm phiếu), as a Markdown link. */
    public static final String VOTE_MINUTES_LINK = "voteMinutesLink";
    /**
     * Why the council's last vote did not stand (TallyVotesDelegate), shown read-only in the composition form it
     * returns to (a short sentence, not data). The schedule form still has the field (an instance of an earlier
     * definition may show it); today's checks after the schedule and the composition never fail into a form.
     */
    public static final String RULE_VIOLATIONS = "ruleViolations";
    /** Element variable of SubProcess_Submissions: the plan's submission code (issue 22). */
    public static final String SUBMISSION_CODE = "submissionCode";
    /** Whether the plan requires this conference's unit to set up an organizing committee (Ban Tổ chức). */
    public static final String ORGANIZING_COMMITTEE_REQUIRED = "organizingCommitteeRequired";
    /** Element variable of SubProcess_Duties: the plan's duty code (issue 22, plan.duties). */
    public static final String DUTY_CODE = "dutyCode";
    /** Whether the standing office above assigns a council member to supervise this unit (plan.supervision). */
    public static final String SUPERVISION_REQUIRED = "supervisionRequired";
  }

  /** Element ids used by code and tests. */
  public static final class Elements {
    private Elements() {}
    public static final String CONSULT_UPPER_COUNCIL = "UserTask_ConsultUpperCouncilOnPilotPlan";
    public static final String SCHEDULE_CONFERENCE = "UserTask_ScheduleConference";
    public static final String SUBMIT_NOMINATIONS = "UserTask_SubmitNominations";
    /** A campaign's own conference waits here, from its start, for the delegates its lower units send up (issue 22). */
    public static final String AWAIT_LOWER_DELEGATES = "ReceiveTask_AwaitLowerDelegates";
    public static final String PROPOSE_COMPOSITION = "UserTask_ProposeDelegateComposition";
    public static final String MAINTAIN_COUNCIL = "UserTask_MaintainCouncil";
    public static final String VOTE_ON_NOMINEES = "UserTask_VoteOnNominees";
    public static final String SIGN_VOTE_MINUTES = "UserTask_SignVoteMinutes";
    /** Commendation (issue 24): the standing office drafts the proposal. */
    public static final String DRAFT_COMMENDATION = "UserTask_DraftCommendation";
    /** Commendation: the chair of the unit's People's Committee approves it or returns it. */
    public static final String APPROVE_COMMENDATION = "UserTask_ApproveCommendation";
    /** Commendation: the office uploads the signed decisions and prints the certificates. */
    public static final String UPLOAD_SIGNED_DECISION = "UserTask_UploadSignedDecision";
    public static final String SUBMIT_DOSSIER = "UserTask_SubmitDossier";
    public static final String REVIEW_DOSSIER = "UserTask_ReviewDossier";
    public static final String DECIDE_LATE_DOSSIER = "UserTask_DecideLateDossier";
    public static final String HOLD_CONFERENCE = "UserTask_RecordConferenceHeld";
    /**
     * The deadline timers of the nominations, the dossier review and the results report: {@code timeout} listeners of
     * their user tasks, named by listener id (their jobs carry the task's activity id,
     * {@link vn.thiduaflow.deadline.DeadlineService#timeoutListenerOf}).
     */
    public static final String NOMINATION_DEADLINE = "TimeoutListener_NominationDeadline";
    public static final String REVIEW_DEADLINE = "TimeoutListener_ReviewDeadline";
    public static final String RESULTS_REPORT_DEADLINE = "TimeoutListener_ResultsReportDeadline";
    public static final String DOSSIER_DEADLINE = "BoundaryEvent_DossierDeadline";
    /** The boundary timers the four timeout-listener deadlines were before UnitConference 2.7 (running instances). */
    public static final String NOMINATION_DEADLINE_BEFORE_2_7 = "BoundaryEvent_NominationDeadline";
    public static final String REVIEW_DEADLINE_BEFORE_2_7 = "BoundaryEvent_ReviewDeadline";
    public static final String RESULTS_REPORT_DEADLINE_BEFORE_2_7 = "BoundaryEvent_ResultsReportDeadline";
    public static final String SUBMISSION_DEADLINE_BEFORE_2_7 = "BoundaryEvent_SubmissionDeadline";
    public static final String HOLD_LOWER_CONFERENCES = "CallActivity_HoldLowerConferences";
    public static final String RUN_LOWER_CAMPAIGNS = "CallActivity_RunLowerCampaigns";
    public static final String AWAIT_LOWER_REPORT = "SubProcess_AwaitLowerReport";
    public static final String RECEIVE_LOWER_REPORT = "ReceiveTask_LowerReport";
    public static final String LOWER_REPORT_DUE = "BoundaryEvent_LowerReportDue";
    public static final String DECIDE_MISSING_REPORT = "UserTask_DecideMissingReport";
    /** Campaign: the standing office decides one lower unit's delegate quota (plans that leave it to the office). */
    public static final String DECIDE_DELEGATE_QUOTA = "UserTask_DecideDelegateQuota";
    public static final String WAIT_FOR_REPORT = "TimerEvent_WaitForReport";
    public static final String REPORT_CAMPAIGN_RESULTS = "ServiceTask_ReportCampaignResults";
    public static final String CAMPAIGN_CLOSED = "EndEvent_CampaignClosed";
    public static final String HOLD_OWN_CONFERENCE = "CallActivity_HoldOwnConference";
    public static final String RESULTS_REPORTED = "EndEvent_ResultsReported";
    public static final String REPORT_CONFERENCE_RESULTS = "ServiceTask_ReportConferenceResults";
    public static final String PROGRESS_REPORT_DUE = "BoundaryEvent_ProgressReportDue";
    /** Issue 22: the branch that opens the plan's submissions once the conference is scheduled. */
    public static final String OPEN_SUBMISSIONS = "ServiceTask_OpenSubmissions";
    public static final String ESTABLISH_ORGANIZING_COMMITTEE = "UserTask_EstablishOrganizingCommittee";
    /** The multi-instance sub-process, one instance per submission ({@link Vars#SUBMISSION_CODE}). */
    public static final String SUBMISSIONS = "SubProcess_Submissions";
    public static final String SEND_SUBMISSION = "UserTask_SendSubmission";
    /** The submission's reminder and deadline: {@code timeout} listeners of UserTask_SendSubmission. */
    public static final String SUBMISSION_REMINDER = "TimeoutListener_SubmissionReminder";
    public static final String SUBMISSION_DEADLINE = "TimeoutListener_SubmissionDeadline";
    public static final String SUBMISSIONS_DONE = "EndEvent_SubmissionsDone";
    /** Issue 22: the branch that opens the plan's duties (its division of work) once the conference is scheduled. */
    public static final String OPEN_DUTIES = "ServiceTask_OpenDuties";
    /** The multi-instance sub-process, one instance per duty ({@link Vars#DUTY_CODE}). */
    public static final String DUTIES = "SubProcess_Duties";
    public static final String REPORT_DUTY_DONE = "UserTask_ReportDutyDone";
    public static final String DUTY_REMINDER = "BoundaryEvent_DutyReminder";
    public static final String DUTY_DEADLINE = "BoundaryEvent_DutyDeadline";
    public static final String DUTIES_DONE = "EndEvent_DutiesDone";
    /** The standing office above assigns a council member to supervise the unit (plan.supervision). */
    public static final String ASSIGN_SUPERVISOR = "UserTask_AssignSupervisor";
  }

  /** Keys of the Camunda Form fields; the listeners read them, store them in the domain tables and remove them. */
  public static final class Fields {
    private Fields() {}
    public static final String PILOT_PLAN_AGREED = "pilotPlanAgreed";
    public static final String PILOT_PLAN_OPINION = "pilotPlanOpinion";
    public static final String CONFERENCE_FORM = "conferenceForm";
    public static final String CONFERENCE_DATE = "conferenceDate";
    public static final String EDITION = "edition";
    public static final String VENUE = "venue";
    /** The conference's theme (chủ đề), free text of at most 300 characters. */
    public static final String THEME = "theme";
    /**
     * The schedule form's programme (a dynamic list, Json: {@code code}, {@code label}, {@code position},
     * {@code included}): task-local, filled with the plan's items in plan order when the task is created, read and
     * removed by the listener.
     */
    public static final String PROGRAMME_ITEMS = "programmeItems";
    public static final String STAFF_COUNT = "staffCount";
    public static final String STAGED_FORMAT = "stagedFormat";
    public static final String NOMINATIONS_SENT = "nominationsSent";
    public static final String NOMINATIONS_NOTE = "nominationsNote";
    /**
     * The nominee list of the nominations form (a dynamic list, Json): a task-local variable filled with the unit's
     * current list when the task is created, sent back with the form, stored and removed by the listener.
     */
    public static final String NOMINEES = "nominees";
    public static final String EXEMPLAR_DELEGATES = "exemplarDelegates";
    public static final String GUEST_DELEGATES = "guestDelegates";
    public static final String PRESIDIUM_SIZE = "presidiumSize";
    public static final String PRESIDIUM_EXEMPLARS = "presidiumExemplars";
    public static final String PRESENTATIONS_RESIDENTIAL = "presentationsResidentialGroups";
    public static final String PRESENTATIONS_MASS_ORG = "presentationsMassOrganizations";
    public static final String PRESENTATIONS_AGENCY = "presentationsAgencies";
    public static final String PRESENTATIONS_INDIVIDUAL = "presentationsIndividuals";
    public static final String UPPER_COLLECTIVES = "upperCollectives";
    public static final String UPPER_INDIVIDUALS = "upperIndividuals";
    /**
     * The council list of the council task (a dynamic list, Json: fullName, username, role, email): task-local, filled
     * with the unit's current people when the task is created, stored and removed by the listener.
     */
    public static final String COUNCIL_MEMBERS = "councilMembers";
    public static final String BALLOT = "ballot";
    /**
     * Variable and form-field names whose values are never written to history nor shown in an audit trail: a member's
     * choices on a secret ballot.
     */
    public static final java.util.Set<String> SECRET = java.util.Set.of(BALLOT);
    public static final String MINUTES_SIGNED = "minutesSigned";
    public static final String DOSSIER_CONTENTS_COMPLETE = "dossierContentsComplete";
    public static final String DOSSIER_DECISION = "dossierDecision";
    public static final String RETURN_REASON = "returnReason";
    public static final String LATE_DOSSIER_ACTION = "lateDossierAction";
    public static final String MISSING_REPORT_DECISION = "missingReportDecision";
    public static final String WAIVER_REASON = "waiverReason";
    public static final String WAIT_UNTIL = "waitUntil";
    public static final String NEW_CONFERENCE_DATE = "newConferenceDate";
    public static final String LATE_DOSSIER_REASON = "lateDossierReason";
    public static final String ATTENDEE_COUNT = "attendeeCount";
    public static final String PROGRAMME_FOLLOWED = "programmeFollowed";
    /** The day the conference was held (date picker, YYYY-MM-DD); prefilled with the scheduled day. */
    public static final String HELD_ON = "heldOn";
    /** The guests and leaders who attended: a dynamic list of rows {@code name}, {@code title}. */
    public static final String GUESTS = "guests";
    /** The nomination ids chosen as delegates to the upper-level congress (checklist of the approved nominees). */
    public static final String UPPER_DELEGATES = "upperDelegates";
    /** The organizing committee's establishing decision: its number ("12/QĐ-UBND"). */
    public static final String DECISION_NUMBER = "decisionNumber";
    /** The decision's date (YYYY-MM-DD), not in the future. */
    public static final String DECISION_DATE = "decisionDate";
    /** The committee's members: a dynamic list of rows {@code fullName}, {@code role}, {@code subCommittee}. */
    public static final String COMMITTEE_MEMBERS = "committeeMembers";
    /** What the holder did for a duty, a short note (at most 1,000 characters; required). */
    public static final String DUTY_NOTE = "dutyNote";
    /** The supervising council member's username (a select of the upper council's voting members). */
    public static final String SUPERVISOR = "supervisor";
  }
}
