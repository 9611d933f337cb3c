package vn.thiduaflow.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.CompositionBalanceService;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.ConferenceStatus;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.DeadlineService;
import vn.thiduaflow.document.DocumentLinks;
import vn.thiduaflow.document.GeneratedDocument;
import vn.thiduaflow.plan.model.CompositionRule;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.DelegationRule;
import vn.thiduaflow.plan.model.EligibilityRule;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.PresidiumRule;
import vn.thiduaflow.plan.model.ProgrammeItem;
import vn.thiduaflow.plan.model.ProgrammeOrder;
import vn.thiduaflow.plan.model.ProgrammeRule;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.plan.model.UpperQuotaRule;
import vn.thiduaflow.system.MarkdownText;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.VietnameseDates;

/**
 * What a task of a unit's conference tells the person who opens it, in Vietnamese with dd/MM/yyyy dates (issue 21):
 * the unit, the plan, the plan's window for the conference, the deadline of this step (counted as the plan counts it:
 * calendar or working days, with its clause), the caps and quotas that apply to what the step decides (each with its
 * clause), and after a return the reviewer's reason. Shown at the top of every form ({@code {{taskBrief}}}, a Markdown
 * text field) and carried in the task's name, so the upper council tells two wards' dossiers apart in the list.
 *
 * <p>Everything comes from the plan file and the conference record; nothing a user sends is read here. What users
 * wrote earlier (a note, an opinion, a reason) is shown as literal text ({@link MarkdownText}), never as Markdown.
 */
@Service
public class TaskBriefService {

  /**
   * A task's content.
   *
   * @param name the task's name with its unit: "Thẩm định hồ sơ hội nghị — Phường Bình Thạnh"
   * @param markdown the brief, Markdown for a form-js text field
   * @param windowFrom first day of the plan's window (inclusive), for the form's date picker
   * @param windowTo last day of the plan's window (inclusive)
   * @param allowedForms the conference forms the plan allows this tier, as form-js select options (label, value)
   * @param programme for the schedule task: the rows of the form's programme list, the plan's items in plan order
   *     ({@code code}, {@code label}, {@code position} 1, 2, …, {@code included} true); empty for other tasks
   * @param programmeEditable whether the unit may change anything in the programme (the plan lets it reorder, or
   *     has an optional item); the form shows the list only then
   */
  public record Brief(String name, String markdown, LocalDate windowFrom, LocalDate windowTo,
      List<Map<String, Object>> allowedForms, List<Map<String, Object>> programme, boolean programmeEditable) {}

  private final ConferenceQueries conferences;
  private final DeadlineService deadlines;
  private final DocumentLinks links;
  private final vn.thiduaflow.event.OutsideEventDates outsideEvents;
  private final vn.thiduaflow.campaign.PilotLevels pilots;
  private final vn.thiduaflow.submission.OrganizingCommitteeService committees;
  private final CompositionBalanceService balance;

  TaskBriefService(ConferenceQueries conferences, DeadlineService deadlines, DocumentLinks links,
      vn.thiduaflow.event.OutsideEventDates outsideEvents, vn.thiduaflow.campaign.PilotLevels pilots,
      vn.thiduaflow.submission.OrganizingCommitteeService committees, CompositionBalanceService balance) {
    this.balance = balance;
    this.committees = committees;
    this.conferences = conferences;
    this.deadlines = deadlines;
    this.links = links;
    this.outsideEvents = outsideEvents;
    this.pilots = pilots;
  }

  /**
   * The checklist the composition task shows: one option per balance criterion the plan lists for the conference
   * ({@link CompositionBalanceService#options}); empty when it lists none.
   */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> balanceCriteria(Long conferenceId) {
    return balance.options(conferenceId);
  }

  /**
   * The tasks after the organizing committee whose brief names it once recorded (decision, head, deputies, members per
   * sub-committee): the composition, the dossier sent and reviewed, and the held conference (issue 22). The
   * submissions' own tasks show it with their lines ({@code vn.thiduaflow.submission.SubmissionForms}).
   */
  private static final java.util.Set<String> COMMITTEE_SHOWN = java.util.Set.of(Elements.PROPOSE_COMPOSITION,
      Elements.SUBMIT_DOSSIER, Elements.REVIEW_DOSSIER, Elements.HOLD_CONFERENCE);

  /** The generated documents a task's people read or send, by task; each linked once it has content. */
  private static final Map<String, List<GeneratedDocument>> DOCUMENTS = Map.of(
      Elements.SUBMIT_NOMINATIONS, List.of(GeneratedDocument.NOMINEE_TEMPLATE, GeneratedDocument.NOMINEE_LIST),
      Elements.PROPOSE_COMPOSITION, List.of(GeneratedDocument.NOMINEE_LIST),
      Elements.VOTE_ON_NOMINEES, List.of(GeneratedDocument.NOMINEE_LIST, GeneratedDocument.PROGRAMME),
      Elements.SIGN_VOTE_MINUTES, List.of(GeneratedDocument.VOTE_MINUTES, GeneratedDocument.DELEGATE_LIST),
      Elements.SUBMIT_DOSSIER, List.of(GeneratedDocument.PROGRAMME, GeneratedDocument.SUMMARY_REPORT,
          GeneratedDocument.NOMINEE_LIST, GeneratedDocument.DELEGATE_LIST, GeneratedDocument.VOTE_MINUTES),
      Elements.REVIEW_DOSSIER, List.of(GeneratedDocument.PROGRAMME, GeneratedDocument.SUMMARY_REPORT,
          GeneratedDocument.NOMINEE_LIST, GeneratedDocument.DELEGATE_LIST, GeneratedDocument.VOTE_MINUTES),
      Elements.HOLD_CONFERENCE, List.of(GeneratedDocument.PROGRAMME, GeneratedDocument.DELEGATE_LIST,
          GeneratedDocument.SUMMARY_REPORT));

  /**
   * The content of a UnitConference task.
   *
   * @param conferenceId the conference of the task's process instance
   * @param taskName the task's name in the model ("Lên lịch và chọn hình thức hội nghị")
   * @param taskDefinitionKey the task's id in the model ({@link Elements})
   * @throws IllegalArgumentException when no conference has that id
   */
  @Transactional(readOnly = true)
  public Brief brief(Long conferenceId, String taskName, String taskDefinitionKey) {
    Conference c = conferences.get(conferenceId);
    Plan plan = conferences.planOf(c);
    TierRules tier = conferences.tierOf(c);
    DateWindow window = conferences.windowOf(c);
    List<String> lines = new ArrayList<>();
    lines.add("**Đơn vị:** " + c.getUnitName() + (c.isPilot() ? " (đơn vị chỉ đạo điểm)" : "")
        + " · **Kế hoạch:** số " + plan.number() + " " + plan.issuedOn().shortForm());
    lines.add("**Thời gian tổ chức theo Kế hoạch:** " + VietnameseDates.window(window.from(), window.to())
        + clause(window.clause() != null ? window.clause() : tier.clause()));
    if (c.getScheduledOn() != null) {
      lines.add("**Hội nghị:** " + c.getForm().label() + " ngày " + VietnameseDates.day(c.getScheduledOn())
          + (c.getRescheduledFrom() != null ? " (dời từ ngày " + VietnameseDates.day(c.getRescheduledFrom())
              + (c.getRescheduleReason() != null ? ": " + MarkdownText.escape(c.getRescheduleReason()) : "") + ")" : ""));
      scheduledProgramme(c, taskDefinitionKey, lines);
    }
    DeadlineKind kind = DeadlineService.kindOfTask(taskDefinitionKey);
    if (kind == null && Elements.MAINTAIN_COUNCIL.equals(taskDefinitionKey)) {
      kind = DeadlineKind.COUNCIL_VOTE;
    }
    if (kind == null && Elements.DECIDE_LATE_DOSSIER.equals(taskDefinitionKey)) {
      kind = DeadlineKind.DOSSIER;
    }
    if (kind != null) {
      lines.add("**Hạn của bước này** — " + deadlines.explain(conferenceId, kind));
    }
    switch (taskDefinitionKey) {
      case Elements.SCHEDULE_CONFERENCE -> {
        lines.add("**Hình thức Kế hoạch cho phép:** " + String.join("; ", tier.forms().stream()
            .map(ConferenceForm::label).toList()) + clause(tier.clause()));
        attendance(tier, lines);
        lines.add(capLine(tier));
        programmeRule(conferences.programmeOf(c), lines);
        outsideEventLine(c, plan, tier, lines);
        pilotLine(c, lines);
      }
      case Elements.SUBMIT_NOMINATIONS -> {
        if (plan.nomineeEligibility() != null) {
          EligibilityRule e = plan.nomineeEligibility();
          lines.add("**Điều kiện người được đề cử:** " + e.describe() + clause(e.clause()));
        }
        upperQuota(c, lines);
      }
      case Elements.PROPOSE_COMPOSITION -> {
        attendance(tier, lines);
        lines.add(capLine(tier));
        if (tier.composition() != null) {
          compositionLines(tier.composition(), lines);
        }
        if (tier.delegation() != null) {
          DelegationRule d = tier.delegation();
          lines.add("**Số đại biểu của Đại hội:** " + d.officialDelegates() + " đại biểu chính thức, "
              + d.guestDelegates() + " khách mời, " + d.delegations() + " đoàn" + clause(d.clause()));
          if (!d.groups().isEmpty()) {
            lines.add("**Các thành phần đại biểu:** " + String.join("; ", d.groups().stream()
                .map(g -> g.label() + " " + g.count() + (g.guests() ? " (khách mời)" : "") + clause(g.clause()))
                .toList()));
          }
        }
        PresidiumRule p = plan.presidiumFor(tier);
        if (p != null) {
          lines.add("**Đoàn Chủ tịch:** " + (p.chairedBy() != null ? p.chairedBy() + " người chủ trì"
              : (p.minSize() != null ? "từ " + p.minSize() + " " : "")
              + (p.maxSize() != null ? "đến " + p.maxSize() + " người" : "")
              + (p.exemplarFraction() != null ? ", ít nhất " + p.exemplarFraction() + " là điển hình tiên tiến" : ""))
              + clause(p.clause()));
        }
        upperQuota(c, lines);
      }
      case Elements.HOLD_CONFERENCE -> {
        attendance(tier, lines);
        if (c.getAttendanceMode() != null) {
          lines.add("**Đại biểu đã được Hội đồng thông qua:** " + c.totalDelegates() + " người ("
              + c.getExemplarDelegates() + " điển hình, " + c.getGuestDelegates() + " khách mời)");
        }
        upperQuota(c, lines);
      }
      default -> { }
    }
    if (c.getPilotPlanOpinion() != null && (Elements.SCHEDULE_CONFERENCE.equals(taskDefinitionKey)
        || Elements.SUBMIT_DOSSIER.equals(taskDefinitionKey))) {
      lines.add("**Ý kiến của Hội đồng cấp trên về kế hoạch đơn vị điểm:** " + MarkdownText.escape(c.getPilotPlanOpinion()));
    }
    if (c.getNominationsNote() != null && (Elements.PROPOSE_COMPOSITION.equals(taskDefinitionKey)
        || Elements.VOTE_ON_NOMINEES.equals(taskDefinitionKey) || Elements.SIGN_VOTE_MINUTES.equals(taskDefinitionKey))) {
      lines.add("**Ghi chú của Thư ký khi gửi danh sách đề cử** (ngày "
          + VietnameseDates.day(c.getNominationsSubmittedOn()) + "): " + MarkdownText.escape(c.getNominationsNote()));
    }
    if (COMMITTEE_SHOWN.contains(taskDefinitionKey)) {
      committees.briefLine(conferenceId).ifPresent(lines::add); // issue 22: who organizes the conference
    }
    List<GeneratedDocument> docs = DOCUMENTS.getOrDefault(taskDefinitionKey, List.of()).stream()
        .filter(d -> d.existsAt(c.getStatus())).toList();
    if (!docs.isEmpty()) {
      lines.add("**Văn bản (bấm để tải xuống):** " + links.markdown(conferenceId, docs));
    }
    if (c.getStatus() == ConferenceStatus.DOSSIER_RETURNED
        && (Elements.SUBMIT_DOSSIER.equals(taskDefinitionKey) || Elements.REVIEW_DOSSIER.equals(taskDefinitionKey))) {
      String reason = conferences.lastReturnReason(conferenceId);
      if (reason != null) {
        lines.add("**Hồ sơ đã bị Hội đồng cấp trên trả lại, lý do:** " + MarkdownText.escape(reason));
      }
    }
    List<Map<String, Object>> forms = tier.forms().stream().map(f -> {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("label", f.label());
      option.put("value", f.name());
      return option;
    }).toList();
    ProgrammeRule programme = conferences.programmeOf(c);
    boolean schedule = Elements.SCHEDULE_CONFERENCE.equals(taskDefinitionKey);
    return new Brief(taskName + " — " + c.getUnitName(), String.join("\n\n", lines), window.from(), window.to(),
        forms, schedule ? programmeRows(programme) : List.of(), schedule && editable(programme));
  }

  /**
   * The schedule form's programme rows: every item of the plan (the form is not chosen yet), numbered in plan order,
   * all held; the label says when an item is a ceremony before the session, optional, or kept for some forms.
   */
  static List<Map<String, Object>> programmeRows(ProgrammeRule programme) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ProgrammeItem item : programme.items()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("code", item.code());
      row.put("label", item.label() + (item.beforeSession() ? " (nghi thức trước phiên khai mạc)" : "")
          + (item.required() ? "" : " (không bắt buộc)")
          + (item.onlyForForms() == null || item.onlyForForms().isEmpty() ? "" : " (chỉ với: " + String.join("; ",
              item.onlyForForms().stream().map(ConferenceForm::label).toList()) + ")"));
      row.put("position", rows.size() + 1);
      row.put("included", true);
      rows.add(row);
    }
    return rows;
  }

  /** Whether the unit has a choice: the plan lets it reorder, or lists an optional item. */
  private static boolean editable(ProgrammeRule programme) {
    return programme.reorder() != ProgrammeOrder.FIXED
        || programme.items().stream().anyMatch(i -> !i.required());
  }

  /** The schedule task's programme lines: how far the order may change (with its clause), ceremonies, options. */
  private static void programmeRule(ProgrammeRule programme, List<String> lines) {
    String order = switch (programme.reorder()) {
      case FIXED -> "giữ đúng thứ tự của Kế hoạch";
      case WITHIN_SESSION -> "các nội dung trong phiên hội nghị được sắp xếp lại; nghi thức trước phiên giữ thứ tự";
      case FREE -> "đơn vị tự sắp xếp thứ tự (nghi thức trước phiên luôn đặt trước)";
    };
    lines.add("**Chương trình:** " + programme.items().size() + " nội dung, " + order
        + clause(programme.orderClause()));
    List<String> ceremonies = programme.items().stream().filter(ProgrammeItem::beforeSession)
        .map(i -> i.label() + clause(programme.clauseOf(i))).toList();
    if (!ceremonies.isEmpty()) {
      lines.add("**Nghi thức trước phiên khai mạc:** " + String.join("; ", ceremonies));
    }
    List<String> optional = programme.items().stream().filter(i -> !i.required())
        .map(i -> i.label() + clause(programme.clauseOf(i))).toList();
    if (!optional.isEmpty()) {
      lines.add("**Nội dung không bắt buộc (có thể bỏ):** " + String.join("; ", optional));
    }
  }

  /**
   * Once scheduled: the theme and the venue the unit gave (its own words, literal), the ceremonies before the session
   * it holds, and for the hold task the whole programme in the unit's order.
   */
  private void scheduledProgramme(Conference c, String taskDefinitionKey, List<String> lines) {
    if (c.getTheme() != null) {
      lines.add("**Chủ đề:** " + MarkdownText.escape(c.getTheme()));
    }
    if (c.getVenue() != null) {
      lines.add("**Địa điểm:** " + MarkdownText.escape(c.getVenue()));
    }
    ProgrammeRule programme = conferences.programmeOf(c);
    List<ProgrammeItem> held = c.programmeItems().stream().map(programme::item)
        .flatMap(java.util.Optional::stream).toList();
    List<String> ceremonies = held.stream().filter(ProgrammeItem::beforeSession).map(ProgrammeItem::label)
        .toList();
    if (!ceremonies.isEmpty()) {
      lines.add("**Nghi thức trước phiên khai mạc:** " + String.join("; ", ceremonies));
    }
    if (Elements.HOLD_CONFERENCE.equals(taskDefinitionKey)) {
      List<String> session = held.stream().filter(i -> !i.beforeSession()).map(ProgrammeItem::label).toList();
      StringBuilder s = new StringBuilder("**Chương trình đã đăng ký:**");
      for (int i = 0; i < session.size(); i++) {
        s.append(" ").append(i + 1).append(". ").append(session.get(i)).append(i + 1 < session.size() ? ";" : ".");
      }
      lines.add(s.toString());
    }
  }

  /**
   * One line for the schedule step when the tier must be held before or after the plan's outside events: each event
   * with its current date for the campaign (the standing office may have moved it), the side and the clause.
   */
  private void outsideEventLine(Conference c, Plan plan, TierRules tier, List<String> lines) {
    List<String> parts = new ArrayList<>();
    for (vn.thiduaflow.plan.model.OutsideEvent.Relation r : tier.relativeTo()) {
      plan.outsideEvent(r.event()).map(e -> outsideEvents.current(c.getCampaignId(), e)).ifPresent(e ->
          parts.add(r.relation().vietnamese() + " " + e.markdown() + clause(r.clause())));
    }
    if (!parts.isEmpty()) {
      lines.add("**Hội nghị phải tổ chức:** " + String.join("; ", parts));
    }
  }

  private void upperQuota(Conference c, List<String> lines) {
    UpperQuotaRule quota = conferences.upperQuotaOf(c);
    if (quota != null) {
      lines.add("**Đại biểu đi dự hội nghị cấp trên:** tối đa " + quota.collectives() + " tập thể, "
          + quota.individuals() + " cá nhân" + clause(quota.clause()));
    }
  }

  /** The cap line, with which conferences it binds when the tier also has a plenary threshold. */
  private static String capLine(TierRules tier) {
    String scope = tier.attendance() == null ? ""
        : tier.delegateCap().bindsPlenary() ? " (mọi hội nghị, kể cả hội nghị toàn thể)" : " (hội nghị đại biểu)";
    return "**Số đại biểu tối đa:** " + tier.delegateCap().value() + " người" + scope
        + clause(tier.delegateCap().clause());
  }

  /**
   * The composition step's share ("tối thiểu 70%" or "khoảng 70% (±5 điểm), từ 65% đến 75%", saying when the tolerance
   * is the workflow's default) and, when the plan lists balance criteria, one line naming each criterion the office
   * attests in the form, with its clause.
   */
  private static void compositionLines(CompositionRule rule, List<String> lines) {
    lines.add("**Cơ cấu đại biểu:** điển hình tiên tiến " + rule.describeVi()
        + (rule.approximate() ? ", từ " + rule.lowestPercent() + "% đến " + rule.highestPercent() + "%" : "")
        + ", khách mời và lãnh đạo " + (rule.approximate() ? "khoảng " : "tối đa ") + rule.guestSharePercent() + "%"
        + clause(rule.clause()) + (rule.toleranceStated() ? ""
            : " — mức ±" + rule.tolerancePoints() + " điểm là mặc định của hệ thống" + clause(
                CompositionRule.DEFAULT_TOLERANCE_CLAUSE)));
    if (!rule.balanceCriteria().isEmpty()) {
      lines.add("**Cơ cấu cần bảo đảm (Thường trực xác nhận từng tiêu chí trong biểu mẫu):** "
          + String.join("; ", rule.balanceCriteria().stream().map(c -> c.label() + clause(c.clause())).toList()));
    }
  }

  private static void attendance(TierRules tier, List<String> lines) {
    if (tier.attendance() != null) {
      lines.add("**Hình thức dự:** đơn vị dưới " + tier.attendance().plenaryBelowStaff() + " người tổ chức hội nghị "
          + "toàn thể, từ " + tier.attendance().plenaryBelowStaff() + " người trở lên hội nghị đại biểu"
          + clause(tier.attendance().clause()));
    }
  }

  /**
   * The schedule step of a unit whose level has pilots (issue 22): one line naming each pilot's conference — its day
   * and official name once scheduled, else its window — with the clause; the unit is invited to learn from it and does
   * not wait for it.
   */
  private void pilotLine(Conference c, List<String> lines) {
    List<String> parts = new ArrayList<>();
    for (vn.thiduaflow.campaign.PilotLevels.LevelPilot p : pilots.pilotsOfLevel(c)) {
      Conference pc = p.conference();
      String when = pc != null && pc.getScheduledOn() != null
          ? "tổ chức ngày " + VietnameseDates.day(pc.getScheduledOn())
              + (pc.getOfficialName() == null ? "" : " — " + MarkdownText.escape(pc.getOfficialName().split("\n")[0]))
          : "tổ chức trong thời gian " + VietnameseDates.window(p.window().from(), p.window().to());
      parts.add(p.unitName() + " " + when + clause(p.rule().clause()));
    }
    if (!parts.isEmpty()) {
      lines.add("**Hội nghị điểm cùng cấp (đơn vị được mời dự để học tập kinh nghiệm, không phải chờ):** "
          + String.join("; ", parts));
    }
  }

  private static String clause(String clause) {
    return clause == null || clause.isBlank() ? "" : " _(" + clause + ")_";
  }
}
