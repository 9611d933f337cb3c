package vn.thiduaflow.dashboard;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.ConferenceStatus;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.council.BallotService;
import vn.thiduaflow.document.DocumentDownloads;
import vn.thiduaflow.document.DocumentLinks;
import vn.thiduaflow.dossier.DossierDecision;
import vn.thiduaflow.dossier.DossierReviewRepository;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.plan.model.ProgrammeItem;
import vn.thiduaflow.report.UpperDelegateRepository;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.system.VietnameseDates;

/**
 * A conference's record as the product keeps it, for the Cockpit page {@code #/thi-dua/hoi-nghi?id=…}: readable
 * whether its UnitConference instance still runs or has ended (Cockpit CE shows only running instances). From the
 * project's tables (conference, nomination, ballot counts, dossier_review, upper_delegate, the attested
 * balance criteria of composition_balance_attestation; issue 22: the submissions of conference_submission, the
 * organizing committee with its members and signed decision, the theme and ceremonies, the outside-event rules at the
 * events' current dates, the upper quota as decided) and Camunda's history (when
 * the instance started and ended). Dates are written as people read them ({@link VietnameseDates#day}, "—" when not
 * known); ids appear only as the page's address.
 *
 * <p>Who may read it: who may see the conference ({@link DocumentLinks#maySee}: the unit's groups, the deciding groups
 * of the unit above, administrators); anyone else gets {@link java.util.Optional#empty()} (404, as for none). The
 * per-nominee results of the vote are left out while a member's vote is open (secret ballot: the counts grow with each
 * ballot).
 */
@Service
public class ConferenceRecord {

  private static final Map<ConferenceStatus, String> STATUS = new EnumMap<>(Map.ofEntries(
      Map.entry(ConferenceStatus.PLANNED, "Chưa lên lịch hội nghị"),
      Map.entry(ConferenceStatus.AWAITING_LOWER_DELEGATES,
          "Đã lên lịch; chờ đại biểu các đơn vị cấp dưới gửi lên (đề cử mở khi các đơn vị đã báo cáo)"),
      Map.entry(ConferenceStatus.SCHEDULED, "Đã lên lịch; đang đề cử"),
      Map.entry(ConferenceStatus.NOMINATIONS_SUBMITTED, "Đã gửi danh sách đề cử"),
      Map.entry(ConferenceStatus.COMPOSITION_PROPOSED, "Đã đề xuất thành phần; Hội đồng biểu quyết"),
      Map.entry(ConferenceStatus.VOTED, "Hội đồng đã thông qua"),
      Map.entry(ConferenceStatus.DOSSIER_SUBMITTED, "Hồ sơ đã trình cấp trên"),
      Map.entry(ConferenceStatus.DOSSIER_RETURNED, "Hồ sơ bị trả lại để bổ sung"),
      Map.entry(ConferenceStatus.DOSSIER_APPROVED, "Hồ sơ đã được duyệt"),
      Map.entry(ConferenceStatus.HELD, "Đã tổ chức hội nghị"),
      Map.entry(ConferenceStatus.REPORTED, "Đã báo cáo kết quả lên cấp trên")));

  private final ConferenceQueries conferences;
  private final NominationRepository nominations;
  private final DossierReviewRepository reviews;
  private final UpperDelegateRepository upperDelegates;
  private final BallotService ballots;
  private final DocumentDownloads downloads;
  private final DocumentLinks links;
  private final HistoryService history;
  private final IdentityService identity;
  private final UnitAccess access;
  private final vn.thiduaflow.conference.ConferenceHeldService held;
  private final vn.thiduaflow.dossier.ConferenceDocumentService uploads;
  private final vn.thiduaflow.conference.CompositionBalanceService balance;
  private final vn.thiduaflow.submission.SubmissionService submissions;
  private final vn.thiduaflow.submission.OrganizingCommitteeService committees;
  private final vn.thiduaflow.deadline.EscalationRepository escalations;
  private final vn.thiduaflow.event.OutsideEventDates outsideEvents;

  ConferenceRecord(ConferenceQueries conferences, NominationRepository nominations, DossierReviewRepository reviews,
      UpperDelegateRepository upperDelegates, BallotService ballots, DocumentDownloads downloads, DocumentLinks links,
      HistoryService history, IdentityService identity, UnitAccess access,
      vn.thiduaflow.conference.ConferenceHeldService held, vn.thiduaflow.dossier.ConferenceDocumentService uploads,
      vn.thiduaflow.conference.CompositionBalanceService balance, vn.thiduaflow.submission.SubmissionService submissions,
      vn.thiduaflow.submission.OrganizingCommitteeService committees,
      vn.thiduaflow.deadline.EscalationRepository escalations, vn.thiduaflow.event.OutsideEventDates outsideEvents) {
    this.submissions = submissions;
    this.committees = committees;
    this.escalations = escalations;
    this.outsideEvents = outsideEvents;
    this.balance = balance;
    this.held = held;
    this.uploads = uploads;
    this.conferences = conferences;
    this.nominations = nominations;
    this.reviews = reviews;
    this.upperDelegates = upperDelegates;
    this.ballots = ballots;
    this.downloads = downloads;
    this.links = links;
    this.history = history;
    this.identity = identity;
    this.access = access;
  }

  /** The record (see the class comment). */
  public record View(Long conferenceId, String unitName, String levelLabel, String upperUnitName,
      List<String> officialName, String formLabel, String edition, String venue, String scheduledOn,
      String rescheduledFrom, String rescheduleReason, String heldOn, String stageLabel, String statusLabel,
      Nominees nominees, Vote vote, List<Review> reviews, Attendance attendance, List<Guest> guests,
      List<Delegate> upperDelegates, List<CampaignDashboard.DocumentLink> documents, List<Uploaded> uploaded,
      Instance instance, List<Balance> balance, String theme, List<String> ceremonies, List<Submission> submissions,
      Committee committee, List<EventRule> outsideEvents, Quota quota) {}

  /**
   * What the unit sends before its conference (issue 22, {@code conference_submission}), in plan order.
   *
   * @param dueOn its last day (dd/MM/yyyy, inclusive), "—" while it counts from a step not yet done
   * @param state "Đã gửi 14/01/2025 10:00 (Nguyễn Văn A)", "Chưa gửi", "Quá hạn — đã báo cáo Chủ tịch Hội đồng"
   * @param late sent after its due day, or not sent with its due day passed
   * @param escalated its escalation to the chair and standing office is still open
   */
  public record Submission(String title, String recipient, String dueOn, String state, boolean late,
      boolean escalated) {}

  /**
   * The unit's organizing committee (Ban Tổ chức): whether the plan requires one and, once recorded, its decision
   * (number, date dd/MM/yyyy, who recorded it and when), the signed decision as uploaded (its session links, null
   * until uploaded) and the members in the form's order.
   */
  public record Committee(boolean required, boolean established, String decisionNumber, String decisionDate,
      String recordedBy, String recordedAt, Uploaded decisionFile, List<Member> members) {}

  /** A member of the committee: name, role («Trưởng ban», …) and sub-committee (null: the committee itself). */
  public record Member(String name, String roleLabel, String subCommitteeLabel) {}

  /**
   * An outside event the conference is held to (its tier's {@code relativeTo}), at its current date for the campaign.
   *
   * @param sentence "Trước Đại hội đại biểu Đảng bộ tỉnh Lai Châu — ngày 20/10/2025 (clause)"
   * @param met whether the conference's day (when it has one) keeps the rule; null without a day
   */
  public record EventRule(String sentence, Boolean met) {}

  /**
   * The delegates the unit sends to the conference above: collectives and individuals (people) and where the numbers
   * come from — the plan's clause, or the upper standing office's decision with its date (or that it has not decided).
   */
  public record Quota(int collectives, int individuals, String clause) {}

  /**
   * A balance criterion of the plan the standing office attested for the latest composition: the plan's words, its
   * clause, who and when (dd/MM/yyyy HH:mm), the office's note and the vote round.
   */
  public record Balance(String code, String label, String clause, String attestedBy, String attestedAt, String note,
      int voteRound) {}

  /**
   * A signed document uploaded to the conference (dossier scans, the minutes of the held conference): title, file,
   * who and when, its download link and, for a PDF, the link that opens it in the browser.
   */
  public record Uploaded(String title, String fileName, String uploadedBy, String uploadedAt, String downloadPath,
      String viewPath) {}

  /** A guest or leader recorded as present: name and title. */
  public record Guest(String name, String title) {}

  /** How many were nominated, found eligible and approved by the council. */
  public record Nominees(int nominated, long eligible, long approved) {}

  /**
   * The council's last vote round: ballots cast of the voting members, and per nominee (empty while a vote is open).
   */
  public record Vote(int round, int ballotsCast, int members, boolean open, List<NomineeResult> results) {}

  /** One nominee's result: agreeing ballots of all members, the threshold and whether it passed. */
  public record NomineeResult(String name, String title, String unit, String agreements, String required,
      boolean passed) {}

  /**
   * A review of the dossier by the upper council, with its finding per document ("Báo cáo tổng kết: Cần sửa — thiếu số
   * liệu khen thưởng năm 2024"; only the documents marked for revision).
   */
  public record Review(String submittedOn, String decisionLabel, String reason, String reviewer, String decidedOn,
      List<String> revisions) {}

  /** Who attends: the mode, the delegates called (exemplars, guests) and those recorded as present. */
  public record Attendance(String modeLabel, Integer exemplarDelegates, Integer guestDelegates, Integer attendees) {}

  /** A delegate sent to the upper level. */
  public record Delegate(String name, String kindLabel, String originUnitName, String targetUnitName) {}

  /**
   * The conference's UnitConference instance in Camunda's history.
   *
   * @param state Camunda's state (ACTIVE, COMPLETED, …)
   * @param stateLabel Vietnamese
   */
  public record Instance(String processInstanceId, String state, String stateLabel, boolean running,
      String startedAt, String endedAt) {}

  /**
   * The record, for a user with these groups.
   *
   * @return empty when the conference does not exist or the groups may not see it
   */
  @org.springframework.transaction.annotation.Transactional(readOnly = true) // the reviews' findings load lazily
  public java.util.Optional<View> of(Long conferenceId, Collection<String> groupIds) {
    Conference c = conferenceId == null ? null : conferences.find(conferenceId).orElse(null);
    if (c == null || !DocumentLinks.maySee(c, groupIds)) {
      return java.util.Optional.empty();
    }
    List<Nomination> all = nominations.findByConferenceIdOrderById(c.getId());
    Nominees nominees = new Nominees(all.size(), all.stream().filter(n -> Boolean.TRUE.equals(n.getEligible()))
        .count(), all.stream().filter(n -> Boolean.TRUE.equals(n.getApproved())).count());
    Map<String, String> names = new HashMap<>();
    List<Review> reviewed = reviews.findByConferenceIdOrderById(c.getId()).stream()
        .map(r -> new Review(VietnameseDates.day(r.getSubmittedOn()), r.getDecision() == null ? "Đang chờ xem xét"
            : r.getDecision() == DossierDecision.APPROVE ? "Duyệt" : "Trả lại", r.getReason(),
            r.getDecidedBy() == null ? null : names.computeIfAbsent(r.getDecidedBy(), this::fullName),
            VietnameseDates.day(r.getDecidedOn()), r.revisions().stream().map(f -> f.getDocumentTitle() + ": "
                + f.getVerdict().label() + (f.getReason() == null ? "" : " — " + f.getReason())).toList()))
        .toList();
    List<Delegate> delegates = upperDelegates.findByConferenceIdInOrderById(List.of(c.getId())).stream()
        .map(d -> new Delegate(d.getDelegateName(), d.getKind() == null ? null : d.getKind().label(),
            d.getOriginUnitName(), d.getTargetUnitName()))
        .toList();
    List<CampaignDashboard.DocumentLink> documents = DocumentLinks.readable(c, groupIds).stream()
        .map(d -> new CampaignDashboard.DocumentLink(d.name(), d.title(), links.path(c.getId(), d))).toList();
    return java.util.Optional.of(new View(c.getId(), c.getUnitName(),
        c.getUnitLevel() == null ? null : c.getUnitLevel().label(), c.getUpperUnitName(),
        c.getOfficialName() == null ? List.of() : c.getOfficialName().lines().toList(),
        c.getForm() == null ? null : c.getForm().label(), c.getEdition(), c.getVenue(),
        VietnameseDates.day(c.getScheduledOn()), c.getRescheduledFrom() == null ? null
            : VietnameseDates.day(c.getRescheduledFrom()), c.getRescheduleReason(),
        VietnameseDates.day(c.getHeldOn()), Stage.of(c.getStatus()).label(), STATUS.get(c.getStatus()), nominees,
        vote(c), reviewed, new Attendance(c.getAttendanceMode() == null ? null : c.getAttendanceMode().label(),
            c.getExemplarDelegates(), c.getGuestDelegates(), c.getAttendeeCount()),
        held.guestsOf(c.getId()).stream().map(g -> new Guest(g.getName(), g.getTitle())).toList(), delegates, documents,
        uploads.list(c.getId()).stream().map(u -> new Uploaded(u.title(), u.fileName(),
            names.computeIfAbsent(u.uploadedBy(), this::fullName), VietnameseDates.minute(u.uploadedAt()),
            u.downloadPath(), "application/pdf".equals(u.mediaType()) ? u.viewPath() : null)).toList(),
        instance(c), balance.latest(c.getId()).stream().map(b -> new Balance(b.code().name(), b.label(), b.clause(),
            names.computeIfAbsent(b.attestedBy(), this::fullName), VietnameseDates.minute(b.attestedAt()), b.note(),
            b.voteRound())).toList(), c.getTheme(), ceremonies(c), submissions(c, names), committee(c, names),
        eventRules(c), quota(c)));
  }

  /** The ceremonies before the session the unit holds, in its programme's order (the plan's labels). */
  private List<String> ceremonies(Conference c) {
    var programme = conferences.programmeOf(c);
    return c.programmeItems().stream().map(programme::item).flatMap(java.util.Optional::stream)
        .filter(vn.thiduaflow.plan.model.ProgrammeItem::beforeSession).map(vn.thiduaflow.plan.model.ProgrammeItem::label)
        .toList();
  }

  private List<Submission> submissions(Conference c, Map<String, String> names) {
    Map<Long, vn.thiduaflow.deadline.Escalation> byId = new HashMap<>();
    escalations.findByConferenceIdInOrderById(List.of(c.getId())).forEach(e -> byId.put(e.getId(), e));
    java.time.LocalDate today = EngineClock.today();
    return submissions.of(c.getId()).stream().map(s -> {
      var e = s.getEscalationId() == null ? null : byId.get(s.getEscalationId());
      boolean escalated = e != null && e.getResolvedAt() == null;
      boolean late = s.getDueOn() != null && (s.sent() ? s.getSentAt().toLocalDate().isAfter(s.getDueOn())
          : today.isAfter(s.getDueOn()));
      String state = s.sent() ? "Đã gửi " + VietnameseDates.minute(s.getSentAt()) + " ("
          + names.computeIfAbsent(s.getSentBy(), this::fullName) + ")" + (late ? ", quá hạn" : "")
          : escalated ? "Quá hạn — đã báo cáo Chủ tịch Hội đồng" : late ? "Quá hạn, chưa gửi" : "Chưa gửi";
      return new Submission(s.getTitle(), s.getRecipient(), VietnameseDates.day(s.getDueOn()), state, late, escalated);
    }).toList();
  }

  /** Null when the plan requires no committee of the unit and none was recorded. */
  private Committee committee(Conference c, Map<String, String> names) {
    boolean required = submissions.committeeRequired(c);
    var recorded = committees.of(c.getId()).orElse(null);
    if (recorded == null) {
      return required ? new Committee(true, false, null, null, null, null, null, List.of()) : null;
    }
    var file = uploads.byCode(c.getId()).get(vn.thiduaflow.plan.model.SubmissionRule.COMMITTEE_DECISION);
    Uploaded decision = file == null ? null : new Uploaded(file.title(), file.fileName(),
        names.computeIfAbsent(file.uploadedBy(), this::fullName), VietnameseDates.minute(file.uploadedAt()),
        file.downloadPath(), "application/pdf".equals(file.mediaType()) ? file.viewPath() : null);
    return new Committee(required, true, recorded.getDecisionNumber(), VietnameseDates.day(recorded.getDecisionDate()),
        names.computeIfAbsent(recorded.getRecordedBy(), this::fullName), VietnameseDates.minute(recorded.getRecordedAt()),
        decision, recorded.getMembers().stream().map(m -> new Member(m.getFullName(),
            m.getRole() == null ? null : m.getRole().label(),
            m.getSubCommittee() == null ? null : m.getSubCommittee().label())).toList());
  }

  /** The tier's outside-event rules at the events' current dates, each judged against the conference's day. */
  private List<EventRule> eventRules(Conference c) {
    var plan = conferences.planOf(c);
    List<EventRule> rules = new java.util.ArrayList<>();
    for (var relation : conferences.tierOf(c).relativeTo()) {
      plan.outsideEvent(relation.event()).ifPresent(event -> {
        var current = outsideEvents.current(c.getCampaignId(), event);
        Boolean met = c.getScheduledOn() == null ? null
            : vn.thiduaflow.event.OutsideEventRules.order(current, relation, c.getScheduledOn()).passed();
        String side = relation.relation().vietnamese();
        rules.add(new EventRule(Character.toUpperCase(side.charAt(0)) + side.substring(1) + " " + event.name()
            + " — ngày " + VietnameseDates.day(current.date()) + (current.changed() ? " (Thường trực đã đổi từ ngày "
                + VietnameseDates.day(current.previousDate()) + ")" : "") + " (" + relation.clause() + ")", met));
      });
    }
    return rules;
  }

  private Quota quota(Conference c) {
    var rule = conferences.upperQuotaOf(c);
    return rule == null ? null : new Quota(rule.collectives(), rule.individuals(), rule.clause());
  }

  private Vote vote(Conference c) {
    if (c.getVoteRound() == 0) {
      return null;
    }
    boolean open = downloads.votingOpen(c.getId());
    List<BallotService.NomineeResult> results = open ? List.of() : ballots.results(c.getId());
    int members = results.isEmpty() ? 0 : results.get(0).members();
    return new Vote(c.getVoteRound(), open ? 0 : ballots.ballotsCast(c.getId()), members, open, results.stream()
        .map(r -> new NomineeResult(r.name(), r.title(), r.unit(), r.agreements() + "/" + r.members(), r.required(),
            r.passed()))
        .toList());
  }

  private Instance instance(Conference c) {
    HistoricProcessInstance hi = access.asSystem(() -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessModel.UNIT_CONFERENCE).processInstanceBusinessKey(c.getId().toString())
        .orderByProcessInstanceStartTime().desc().list().stream().findFirst().orElse(null));
    if (hi == null) {
      return null;
    }
    boolean running = hi.getEndTime() == null;
    String label = switch (hi.getState()) {
      case HistoricProcessInstance.STATE_ACTIVE -> "Đang chạy";
      case HistoricProcessInstance.STATE_SUSPENDED -> "Tạm dừng";
      case HistoricProcessInstance.STATE_COMPLETED -> "Đã kết thúc";
      default -> "Đã dừng (" + hi.getState() + ")";
    };
    return new Instance(hi.getId(), hi.getState(), label, running, minute(hi.getStartTime()),
        minute(hi.getEndTime()));
  }

  private static String minute(java.util.Date date) {
    return date == null ? null : VietnameseDates.minute(EngineClock.toLocal(date));
  }

  private String fullName(String userId) {
    User user = access.asSystem(() -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }
}
