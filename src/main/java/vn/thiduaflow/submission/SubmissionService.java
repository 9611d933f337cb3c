package vn.thiduaflow.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.Escalation;
import vn.thiduaflow.deadline.EscalationService;
import vn.thiduaflow.deadline.Notification;
import vn.thiduaflow.deadline.NotificationService;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.SubmissionRule;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Vars;
import vn.thiduaflow.system.VietnameseDates;

/**
 * The submissions a plan requires of a conference's unit before the conference (issue 22, {@link SubmissionRule}):
 * opened when the conference is scheduled (one {@link ConferenceSubmission} each), each with its own deadline — a fixed
 * date (also when it lies before the day the unit scheduled: then the unit is late from the start), calendar or
 * working days before the conference, or calendar days after a step — a reminder the plan's reminder lead before it
 * (never once the deadline has passed) and one escalation at it to the unit's council chair and standing office, as
 * for the conference's other deadlines ({@link EscalationService}). Sent when every required document has a file in
 * the conference's store; the recipient's office is told.
 *
 * <p>The {@code UnitConference} model calls {@link #codes}, {@link #taskName}, {@link #deadline} and
 * {@link #reminder}; every value is computed from stored data (the conference date, the day it was scheduled, the
 * committee's decision date), so a timer re-evaluated after a reschedule moves with it.
 */
@Service
@Transactional
public class SubmissionService {

  private final ConferenceQueries conferences;
  private final ConferenceSubmissionRepository submissions;
  private final ConferenceDocumentService documents;
  private final NotificationService notifications;
  private final AuditTrail audit;
  private final ItemDeadlines items;

  SubmissionService(ConferenceQueries conferences, ConferenceSubmissionRepository submissions,
      ConferenceDocumentService documents, NotificationService notifications, AuditTrail audit, ItemDeadlines items) {
    this.conferences = conferences;
    this.submissions = submissions;
    this.documents = documents;
    this.notifications = notifications;
    this.audit = audit;
    this.items = items;
  }

  /** The plan's submissions that apply to the conference's unit ({@link SubmissionRule#from()}), in plan order. */
  @Transactional(readOnly = true)
  public List<SubmissionRule> rulesFor(Conference c) {
    Plan plan = conferences.planOf(c);
    return plan.submissions().stream().filter(s -> s.from().covers(plan, c.getTier(), c.getUnitLevel())).toList();
  }

  /**
   * What the branch after scheduling does: the submissions opened (codes, plan order) and whether the unit must set up
   * an organizing committee first.
   */
  public record Opened(List<String> codes, boolean committeeRequired) {}

  /**
   * Opens the conference's submissions once it is scheduled: one row each, due day computed where it is known
   * already. Opening again (the branch is entered once per instance; a retried job) keeps the rows there.
   *
   * @throws IllegalStateException when the conference has no date yet
   */
  public Opened open(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    if (c.getScheduledOn() == null) {
      throw new IllegalStateException("Conference " + conferenceId + " is not scheduled yet");
    }
    List<String> codes = new ArrayList<>();
    for (SubmissionRule rule : rulesFor(c)) {
      codes.add(rule.code());
      if (submissions.findByConferenceIdAndCode(conferenceId, rule.code()).isEmpty()) {
        ConferenceSubmission row = submissions.save(new ConferenceSubmission(conferenceId, rule.code(), rule.title(),
            rule.to().describe(c.getUpperUnitName()), null, EngineClock.now()));
        items.dueDay(c, row, rule.due());
      }
    }
    return new Opened(codes, committeeRequired(c));
  }

  /** Whether the plan requires the conference's unit to set up an organizing committee. */
  @Transactional(readOnly = true)
  public boolean committeeRequired(Conference c) {
    Plan plan = conferences.planOf(c);
    return plan.organizingCommittee() != null
        && plan.organizingCommittee().requiredFor(plan, c.getTier(), c.getUnitLevel());
  }

  /** The codes of the conference's open submissions, in plan order: the multi-instance collection of the model. */
  @Transactional(readOnly = true)
  public List<String> codes(Long conferenceId) {
    return submissions.findByConferenceIdOrderById(conferenceId).stream().map(ConferenceSubmission::getCode).toList();
  }

  /** The conference's submissions with their due days and state, in plan order. */
  @Transactional(readOnly = true)
  public List<ConferenceSubmission> of(Long conferenceId) {
    return submissions.findByConferenceIdOrderById(conferenceId);
  }

  /**
   * The plan's rule of one submission of the conference.
   *
   * @throws IllegalArgumentException when the conference's plan has no such submission for it
   */
  @Transactional(readOnly = true)
  public SubmissionRule rule(Long conferenceId, String code) {
    Conference c = conferences.get(conferenceId);
    return rulesFor(c).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("Conference " + conferenceId + " has no submission '" + code + "'"));
  }

  /** Longest task name Camunda stores ({@code ACT_RU_TASK.NAME_}, characters). */
  static final int MAX_TASK_NAME = 255;

  /**
   * The task's name: «Gửi &lt;title&gt; đến &lt;recipient&gt;», cut with "…" at {@value #MAX_TASK_NAME} characters (a title of
   * 200 and a recipient of 300 would not fit Camunda's column; the brief gives both whole).
   */
  @Transactional(readOnly = true)
  public String taskName(Long conferenceId, String code) {
    ConferenceSubmission row = row(conferenceId, code);
    String name = "Gửi " + row.getTitle() + " đến " + row.getRecipient();
    return name.length() <= MAX_TASK_NAME ? name : name.substring(0, MAX_TASK_NAME - 1) + "…";
  }

  /**
   * When the organizing committee is due (UserTask_EstablishOrganizingCommittee's due date): the end of the earliest
   * due day of a submission that carries the committee's decision ({@value SubmissionRule#COMMITTEE_DECISION}), since it cannot be
   * sent before the committee exists; null (no due date) when no submission carries it.
   */
  public Date committeeDue(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    return rulesFor(c).stream()
        .filter(r -> r.documents().stream().anyMatch(d -> SubmissionRule.COMMITTEE_DECISION.equals(d.code())))
        .map(r -> dueDay(conferenceId, r.code())).min(LocalDate::compareTo)
        .map(EngineClock::endOf).orElse(null);
  }

  /**
   * When the conference's results are reported (the end of its instance, which then ends every branch still open):
   * a submission never sent stays recorded as not sent, and its escalation is resolved — nobody is chased any more for
   * a conference already held.
   */
  public void closeWithConference(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    for (ConferenceSubmission row : of(vn.thiduaflow.system.ProcessIds.conferenceId(execution))) {
      if (!row.sent() && row.getEscalationId() != null) {
        items.resolve(row.getEscalationId());
      }
    }
  }

  /**
   * The due day (inclusive) of a submission, computed now and kept on its row: a fixed date as it stands, N calendar
   * or working days before the conference day, or N calendar days after the step (the day the conference was
   * scheduled; the committee's decision date, or the scheduling day when the unit has no committee).
   *
   * @throws IllegalArgumentException when the conference has no such submission
   */
  public LocalDate dueDay(Long conferenceId, String code) {
    Conference c = conferences.get(conferenceId);
    ConferenceSubmission row = row(conferenceId, code);
    return items.dueDay(c, row, rule(conferenceId, code).due());
  }

  /** The task due date and deadline timer's date: the end of the due day ({@link EngineClock#endOf}). */
  public Date deadline(Long conferenceId, String code) {
    return EngineClock.endOf(dueDay(conferenceId, code));
  }

  /**
   * The reminder timer's date: the start of the day the plan's reminder lead ({@code deadlines.reminder}, working or
   * calendar days) before the due day.
   */
  public Date reminder(Long conferenceId, String code) {
    return items.reminder(conferences.get(conferenceId), dueDay(conferenceId, code));
  }

  /**
   * The deadline as the form shows it: "Hạn gửi: 15/02/2025 — ngày ấn định trong Kế hoạch (§IV.2 …)", the last day
   * inclusive.
   */
  @Transactional(readOnly = true)
  public String explain(Long conferenceId, String code) {
    SubmissionRule rule = rule(conferenceId, code);
    return ItemDeadlines.explain("Hạn gửi", row(conferenceId, code), rule.due(), rule.clause());
  }

  /**
   * Reminds the people of the submission's open task, unless its deadline has already passed (a task that starts
   * after its due day gets the escalation once, never a reminder after the fact) or it was sent.
   *
   * @return the reminder, or empty when none was due
   */
  public Optional<Notification> remind(Long conferenceId, String code, String processInstanceId) {
    LocalDate due = dueDay(conferenceId, code);
    return items.remind(conferences.get(conferenceId), DeadlineKind.SUBMISSION, due, ruleText(conferenceId, code),
        openTasks(processInstanceId, code));
  }

  /**
   * Escalates a late submission once: its open task is offered to the unit's council chair and standing office at
   * the highest priority, a Cockpit incident ({@value EscalationService#INCIDENT_TYPE}) marks it, an {@link Escalation}
   * ({@link DeadlineKind#SUBMISSION}) is recorded on the row, and the chair, the office and the secretaries are told.
   *
   * @return the escalation, or empty when it was escalated before or already sent
   */
  public Optional<Escalation> escalate(Long conferenceId, String code, String processInstanceId) {
    return ItemDeadlines.escalateOnce(row(conferenceId, code), () -> items.escalate(conferences.get(conferenceId),
        DeadlineKind.SUBMISSION, code, dueDay(conferenceId, code), taskName(conferenceId, code),
        ruleText(conferenceId, code), openTasks(processInstanceId, code)));
  }

  /**
   * Records a submission as sent by the unit's secretary: every required document must have a file in the
   * conference's store (refused naming each missing one, nothing written); an open escalation is resolved (its
   * incident closed); the recipient's office is told by e-mail and the sending is in the audit trail.
   *
   * @param actor the user who sends it
   * @throws InvalidInputException (field {@value SubmissionForms#DOCUMENTS}) with one violation per missing document
   */
  public ConferenceSubmission send(Long conferenceId, String code, String actor) {
    SubmissionRule rule = rule(conferenceId, code);
    List<String> missing = documents.missing(conferenceId, rule.requiredCodes());
    if (!missing.isEmpty()) {
      List<Violation> violations = new ArrayList<>();
      for (String doc : missing) {
        SubmissionRule.Document d = rule.documents().stream().filter(x -> x.code().equals(doc)).findFirst().orElseThrow();
        violations.add(Violation.of(SubmissionForms.DOCUMENTS, "submission.document.missing", d.title(),
            rule.clause(), code, d.code()));
      }
      throw new InvalidInputException(violations);
    }
    Conference c = conferences.get(conferenceId);
    ConferenceSubmission row = row(conferenceId, code);
    LocalDate due = dueDay(conferenceId, code);
    row.sent(EngineClock.now(), actor);
    items.resolve(row.getEscalationId());
    boolean late = EngineClock.today().isAfter(due);
    String titles = String.join("; ", rule.documents().stream().map(SubmissionRule.Document::title).toList());
    String subject = c.getUnitName() + " đã gửi " + row.getTitle() + (late ? " (quá hạn " : " (hạn ")
        + VietnameseDates.day(due) + ")";
    String body = "Kính gửi " + row.getRecipient() + ",\n\n" + c.getUnitName() + " đã gửi " + row.getTitle()
        + " ngày " + VietnameseDates.day(EngineClock.today()) + " (hạn " + VietnameseDates.day(due)
        + (late ? ", quá hạn" : ", đúng hạn") + ").\nTài liệu: " + titles + ".\nCăn cứ: " + rule.clause()
        + ".\nTài liệu xem trên trang hội nghị trong Cockpit hoặc ở thẻ «Hồ sơ đính kèm».\n";
    notifications.submissionSent(c, due, subject, body, recipientGroups(c, rule));
    audit.record(actor, "SUBMISSION_SENT", conferenceId, c.getCampaignId(), "Gửi «" + row.getTitle() + "» đến "
        + row.getRecipient() + (late ? " (quá hạn " : " (hạn ") + due + ") / submission " + code + " sent");
    return row;
  }

  /**
   * Who is told a submission was sent: the council above for {@code UPPER_COUNCIL}, its standing office for
   * {@code STANDING_OFFICE}; an office outside the councils has no account here, so the standing office above, which
   * follows the plan for its issuer, is told for it.
   */
  static List<String> recipientGroups(Conference c, SubmissionRule rule) {
    String upper = c.getUpperUnitCode() != null ? c.getUpperUnitCode() : c.getUnitCode();
    return switch (rule.to().kind()) {
      case UPPER_COUNCIL -> List.of(CouncilRole.UPPER_COUNCIL.groupId(upper));
      case STANDING_OFFICE, NAMED_OFFICE -> List.of(CouncilRole.STANDING_OFFICE.groupId(upper));
    };
  }

  /** The rule's text for notifications: how it is counted and its clause. */
  String ruleText(Long conferenceId, String code) {
    SubmissionRule rule = rule(conferenceId, code);
    return ItemDeadlines.ruleText(rule.due(), rule.clause());
  }

  /**
   * Forgets a submission's escalation so that its deadline timer can escalate it again: used when a reschedule gives
   * an escalated submission a due day not yet passed and its task is started afresh
   * ({@code DeadlineService#moveTimers}). The open escalation is resolved (its Cockpit incident closed), so the unit is
   * no longer shown as late for it; the row keeps no escalation, so {@link #escalate} acts again once the new due day
   * passes.
   *
   * @return whether the submission had an escalation to forget
   * @throws IllegalArgumentException when the conference has no such submission
   */
  public boolean reopen(Long conferenceId, String code) {
    ConferenceSubmission row = row(conferenceId, code);
    if (row.getEscalationId() == null) {
      return false;
    }
    items.resolve(row.getEscalationId());
    row.escalated(null);
    return true;
  }

  /** The open task of a submission in the conference's instance (none once sent). */
  public List<Task> openTasks(String processInstanceId, String code) {
    return items.openTasks(processInstanceId, Elements.SEND_SUBMISSION, Vars.SUBMISSION_CODE, code);
  }

  private ConferenceSubmission row(Long conferenceId, String code) {
    return submissions.findByConferenceIdAndCode(conferenceId, code).orElseThrow(() ->
        new IllegalArgumentException("Conference " + conferenceId + " has no open submission '" + code + "'"));
  }
}
