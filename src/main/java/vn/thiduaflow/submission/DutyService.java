package vn.thiduaflow.submission;

import java.time.LocalDate;
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
import vn.thiduaflow.deadline.Notification;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.DutyRule;
import vn.thiduaflow.plan.model.Organization;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;
import vn.thiduaflow.unit.UnitDirectory;

/**
 * The duties of the plan's division of work for a conference (issue 22, {@link DutyRule}): opened when the conference
 * is scheduled (one {@link ConferenceDuty} each), each a task of its holder's group — the role's group at the unit
 * whose conference it serves, or a named unit's head — due at its own day (the {@link
 * vn.thiduaflow.plan.model.SubmissionRule.Due} shapes: a fixed date, calendar or working days before the conference, days
 * after a step), reminded the plan's reminder lead before and escalated once at it to the unit's chair and standing
 * office ({@link ItemDeadlines}, as the submissions); reported done with a short note.
 *
 * <p>The {@code UnitConference} model calls {@link #codes}, {@link #taskName}, {@link #holderGroup}, {@link #deadline}
 * and {@link #reminder}, each computed from stored data, so a timer re-evaluated after a reschedule moves with it.
 */
@Service("dutyService")
@Transactional
public class DutyService {

  /** Longest note of a duty reported done (characters; column {@code conference_duty.note}). */
  public static final int MAX_NOTE = 1000;

  private final ConferenceQueries conferences;
  private final ConferenceDutyRepository duties;
  private final ItemDeadlines items;
  private final UnitDirectory units;
  private final AuditTrail audit;

  DutyService(ConferenceQueries conferences, ConferenceDutyRepository duties, ItemDeadlines items, UnitDirectory units,
      AuditTrail audit) {
    this.conferences = conferences;
    this.duties = duties;
    this.items = items;
    this.units = units;
    this.audit = audit;
  }

  /** The plan's duties that serve the conference ({@link DutyRule#appliesTo()}), in plan order. */
  @Transactional(readOnly = true)
  public List<DutyRule> rulesFor(Conference c) {
    Plan plan = conferences.planOf(c);
    return plan.duties().stream().filter(d -> d.appliesTo().covers(plan, c.getTier(), c.getUnitLevel())).toList();
  }

  /**
   * Opens the conference's duties once it is scheduled: one row each, with its holder and its due day where known.
   * Opening again (a retried job) keeps the rows there.
   *
   * @return the codes opened, in plan order
   * @throws IllegalStateException when the conference has no date yet
   */
  public List<String> open(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    if (c.getScheduledOn() == null) {
      throw new IllegalStateException("Conference " + conferenceId + " is not scheduled yet");
    }
    Plan plan = conferences.planOf(c);
    for (DutyRule rule : rulesFor(c)) {
      if (duties.findByConferenceIdAndCode(conferenceId, rule.code()).isEmpty()) {
        ConferenceDuty row = duties.save(new ConferenceDuty(conferenceId, rule.code(), rule.title(),
            rule.holder().groupId(c.getUnitCode()), holderLabel(plan, c, rule.holder()), EngineClock.now()));
        items.dueDay(c, row, rule.due());
      }
    }
    return codes(conferenceId);
  }

  /**
   * The holder as the task and the dashboard show it: "Công chức Văn hóa - Xã hội (phụ trách tuyên truyền) — Phường
   * Văn Yên", or "Thủ trưởng đơn vị — Trường Tiểu học …" for a named unit.
   */
  static String holderLabel(Plan plan, Conference c, DutyRule.Holder holder, UnitDirectory units) {
    if (holder.role() != null) {
      return holder.role().label() + " — " + c.getUnitName();
    }
    String name = units.find(plan.issuer().adminStructure(), holder.unit()).map(u -> u.name())
        .or(() -> plan.organizations().stream().filter(o -> o.code().equals(holder.unit())).findFirst()
            .map(Organization::name)).orElse(holder.unit());
    return CouncilRole.UNIT_HEAD.label() + " — " + name;
  }

  private String holderLabel(Plan plan, Conference c, DutyRule.Holder holder) {
    return holderLabel(plan, c, holder, units);
  }

  /** The codes of the conference's open duties, in plan order: the multi-instance collection of the model. */
  @Transactional(readOnly = true)
  public List<String> codes(Long conferenceId) {
    return duties.findByConferenceIdOrderById(conferenceId).stream().map(ConferenceDuty::getCode).toList();
  }

  /** The conference's duties with their holders, due days and state, in plan order. */
  @Transactional(readOnly = true)
  public List<ConferenceDuty> of(Long conferenceId) {
    return duties.findByConferenceIdOrderById(conferenceId);
  }

  /**
   * The plan's rule of one duty of the conference.
   *
   * @throws IllegalArgumentException when the conference's plan has no such duty for it
   */
  @Transactional(readOnly = true)
  public DutyRule rule(Long conferenceId, String code) {
    Conference c = conferences.get(conferenceId);
    return rulesFor(c).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("Conference " + conferenceId + " has no duty '" + code + "'"));
  }

  /** The task's name: the duty's title as the plan words it. */
  @Transactional(readOnly = true)
  public String taskName(Long conferenceId, String code) {
    return row(conferenceId, code).getTitle();
  }

  /** The task's candidate group: the holder's ({@link DutyRule.Holder#groupId}). */
  @Transactional(readOnly = true)
  public String holderGroup(Long conferenceId, String code) {
    return row(conferenceId, code).getHolderGroup();
  }

  /**
   * The due day (inclusive), computed now and kept on the row ({@link ItemDeadlines#due}).
   *
   * @throws IllegalArgumentException when the conference has no such duty
   */
  public LocalDate dueDay(Long conferenceId, String code) {
    Conference c = conferences.get(conferenceId);
    ConferenceDuty row = row(conferenceId, code);
    return items.dueDay(c, row, rule(conferenceId, code).due());
  }

  /** The task due date and deadline timer's date: the end of the due day ({@link EngineClock#endOf}). */
  public Date deadline(Long conferenceId, String code) {
    return EngineClock.endOf(dueDay(conferenceId, code));
  }

  /** The reminder timer's date: the start of the day the plan's reminder lead before the due day. */
  public Date reminder(Long conferenceId, String code) {
    return items.reminder(conferences.get(conferenceId), dueDay(conferenceId, code));
  }

  /** "Hạn: 27/03/2020 — ngày ấn định trong Kế hoạch (Tổ chức thực hiện §2 …)", the last day inclusive. */
  @Transactional(readOnly = true)
  public String explain(Long conferenceId, String code) {
    DutyRule rule = rule(conferenceId, code);
    return ItemDeadlines.explain("Hạn", row(conferenceId, code), rule.due(), rule.clause());
  }

  /** Reminds the holder of the duty's open task, unless its day has passed or it is done. */
  public Optional<Notification> remind(Long conferenceId, String code, String processInstanceId) {
    LocalDate due = dueDay(conferenceId, code);
    return items.remind(conferences.get(conferenceId), DeadlineKind.DUTY, due, ruleText(conferenceId, code),
        openTasks(processInstanceId, code));
  }

  /**
   * Escalates a late duty once to the unit's chair and standing office ({@link ItemDeadlines#escalate}, kind
   * {@link DeadlineKind#DUTY}); the unit's supervisor is told too (through the escalation's notification).
   *
   * @return the escalation, or empty when it was escalated before or is done
   */
  public Optional<Escalation> escalate(Long conferenceId, String code, String processInstanceId) {
    return ItemDeadlines.escalateOnce(row(conferenceId, code), () -> items.escalate(conferences.get(conferenceId),
        DeadlineKind.DUTY, code, dueDay(conferenceId, code), taskName(conferenceId, code),
        ruleText(conferenceId, code), openTasks(processInstanceId, code)));
  }

  /**
   * Records a duty as done by its holder, with what was done: the note is required, at most {@value #MAX_NOTE}
   * characters (refused naming the field, nothing written); an open escalation is resolved; the audit trail keeps it.
   *
   * @throws InvalidInputException (field {@value Fields#DUTY_NOTE}) for a blank or too long note
   */
  public ConferenceDuty done(Long conferenceId, String code, String note, String actor) {
    String text = note == null ? "" : note.strip();
    if (text.isEmpty()) {
      throw new InvalidInputException(Fields.DUTY_NOTE, "Chưa nhập Kết quả thực hiện: ghi ngắn gọn việc đã làm (ví "
          + "dụ: đã treo pano, đăng tin trên trang thông tin điện tử)", "the duty's note is missing");
    }
    if (text.length() > MAX_NOTE) {
      throw new InvalidInputException(Fields.DUTY_NOTE, "Kết quả thực hiện dài " + text.length() + " ký tự, tối đa "
          + MAX_NOTE + " ký tự", "the duty's note has " + text.length() + " characters, at most " + MAX_NOTE);
    }
    Conference c = conferences.get(conferenceId);
    ConferenceDuty row = row(conferenceId, code);
    LocalDate due = dueDay(conferenceId, code);
    row.done(EngineClock.now(), actor, text);
    items.resolve(row.getEscalationId());
    boolean late = EngineClock.today().isAfter(due);
    audit.record(actor, "DUTY_DONE", conferenceId, c.getCampaignId(), "Hoàn thành «" + row.getTitle() + "»"
        + (late ? " (quá hạn " : " (hạn ") + due + ") / duty " + code + " done");
    return row;
  }

  /** The message that closes a conference's duties instance once its results are reported (UnitDuties.bpmn). */
  public static final String CONFERENCE_REPORTED = "ConferenceReported";

  /**
   * Closes the conference's duties once its results are reported (a start listener on UnitConference's last end
   * event): duties still open serve nothing any more, so their open escalations are resolved (their incidents closed),
   * they stay not done on their rows (the dashboard shows them late or due), and the duties instance is ended by
   * {@value #CONFERENCE_REPORTED}, so the conference's instance can end. Does nothing when it has none running.
   */
  public void closeWithConference(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    var engine = execution.getProcessEngineServices().getRuntimeService();
    var sub = engine.createProcessInstanceQuery().superProcessInstanceId(execution.getProcessInstanceId())
        .processDefinitionKey(vn.thiduaflow.system.ProcessModel.UNIT_DUTIES).list();
    for (var instance : sub) {
      for (ConferenceDuty row : duties.findByConferenceIdOrderById(vn.thiduaflow.system.ProcessIds.conferenceId(
          execution))) {
        if (!row.done()) {
          items.resolve(row.getEscalationId());
        }
      }
      // correlateAll: an instance not yet waiting (its start still a job) is ended by the terminate end event anyway
      engine.createMessageCorrelation(CONFERENCE_REPORTED).processInstanceId(instance.getId()).correlateAll();
    }
  }

  /** The rule's text for notifications: how it is counted and its clause. */
  String ruleText(Long conferenceId, String code) {
    DutyRule rule = rule(conferenceId, code);
    return ItemDeadlines.ruleText(rule.due(), rule.clause());
  }

  /** The open task of a duty in the conference's instance (none once done). */
  public List<Task> openTasks(String processInstanceId, String code) {
    List<Task> open = new java.util.ArrayList<>();
    for (String key : List.of(Elements.REPORT_DUTY_DONE, BudgetEstimateService.ESTIMATE_TASK,
        BudgetEstimateService.APPROVE_TASK)) { // issue 24: the budget estimate's two tasks are the duty's too
      open.addAll(items.openTasks(processInstanceId, key, Vars.DUTY_CODE, code));
    }
    return open;
  }

  private ConferenceDuty row(Long conferenceId, String code) {
    return duties.findByConferenceIdAndCode(conferenceId, code).orElseThrow(() ->
        new IllegalArgumentException("Conference " + conferenceId + " has no open duty '" + code + "'"));
  }
}
