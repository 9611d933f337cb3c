package vn.thiduaflow.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.OfficialNameGenerator;
import vn.thiduaflow.council.CouncilService;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.plan.model.CommendationRule;
import vn.thiduaflow.plan.model.CommendationRule.AwardForm;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;
import vn.thiduaflow.system.VietnameseDates;

/**
 * The commendation of a conference's exemplars (khen thưởng; issue 24): after the council's vote the standing office
 * drafts the proposal (tờ trình) — an award form of the plan ({@link CommendationRule}) and the achievement for every
 * approved nominee —, the head of the issuing authority (the conference unit's chair) approves it with the decision's
 * date and signer or returns it with a reason, and the decisions are issued, one per award form, numbered by the
 * authority's register ({@link DecisionIssuer}); what is printed from them is {@link CommendationDocuments}'.
 */
@Service
@Transactional
public class CommendationService {

  /** Longest achievement text, in characters (it is printed on the certificate). */
  public static final int MAX_ACHIEVEMENT = 500;
  /** Longest return reason, in characters. */
  public static final int MAX_REASON = 1000;
  private static final Pattern TERM_START = Pattern.compile("^\\s*(\\d{4})");

  private final ConferenceQueries conferences;
  private final NominationRepository nominations;
  private final CommendationDraftRepository drafts;
  private final CommendationLineRepository lines;
  private final DecisionIssuer issuer;
  private final AuditTrail audit;
  private final CouncilService councils;
  private final AwardMoneyProposal awardMoney;

  CommendationService(ConferenceQueries conferences, NominationRepository nominations,
      CommendationDraftRepository drafts, CommendationLineRepository lines, DecisionIssuer issuer, AuditTrail audit,
      CouncilService councils, AwardMoneyProposal awardMoney) {
    this.councils = councils;
    this.awardMoney = awardMoney;
    this.conferences = conferences;
    this.nominations = nominations;
    this.drafts = drafts;
    this.lines = lines;
    this.issuer = issuer;
    this.audit = audit;
  }

  /**
   * A line of the proposal as the office sends it.
   *
   * @param nominationId an approved nominee of the conference
   * @param awardForm a code of the plan's award forms for the conference's level
   * @param achievement what the certificate states, 1–{@value #MAX_ACHIEVEMENT} characters
   */
  public record Line(Long nominationId, String awardForm, String achievement) {}

  /** The award forms the conference's authority grants (the plan's, for its level); empty: no commendation. */
  @Transactional(readOnly = true)
  public List<AwardForm> awardForms(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    CommendationRule rule = conferences.planOf(c).commendation();
    return rule == null ? List.of() : rule.formsAt(c.getUnitLevel());
  }

  /** Whether the plan commends the exemplars of this conference (it names award forms for its level). */
  @Transactional(readOnly = true)
  public boolean applies(Long conferenceId) {
    return !awardForms(conferenceId).isEmpty();
  }

  /** The award forms as the form's select options: {@code {label, value}}. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> awardFormOptions(Long conferenceId) {
    return awardForms(conferenceId).stream().map(f -> Map.<String, Object>of("label", f.label(), "value", f.code()))
        .toList();
  }

  /**
   * The proposal's rows for the office's form: the lines drafted before (after a return), else one per approved
   * nominee with the first award form and the plan's period in the achievement. Row keys: {@code nominationId}
   * (text), {@code name}, {@code kind}, {@code detail}, {@code title}, {@code awardForm}, {@code achievement}.
   */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> draftRows(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    List<AwardForm> forms = awardForms(conferenceId);
    Map<Long, CommendationLine> drafted = lines.findByConferenceIdOrderByLineOrder(conferenceId).stream()
        .collect(Collectors.toMap(CommendationLine::getNominationId, Function.identity()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Nomination n : approved(conferenceId)) {
      CommendationLine line = drafted.get(n.getId());
      if (!drafted.isEmpty() && line == null) {
        continue; // the office left this nominee out of its draft
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("nominationId", n.getId().toString());
      row.put("name", n.getNomineeName());
      row.put("kind", n.getKind().label());
      row.put("detail", detail(n, c));
      row.put("title", n.getTitle() == null ? "" : n.getTitle().label());
      row.put("awardForm", line != null ? line.getAwardForm() : forms.isEmpty() ? null : forms.get(0).code());
      row.put("achievement", line != null ? line.getAchievement() : defaultAchievement(conferences.planOf(c)));
      rows.add(row);
    }
    return rows;
  }

  /**
   * Stores the office's proposal, replacing an earlier one.
   *
   * @throws InvalidInputException every problem at once, each line's named {@code commendation[i].<field>} ("Dòng
   *     thứ 2 — Hình thức khen thưởng: …"); nothing is written
   */
  public void draft(Long conferenceId, List<Line> sent, String actor) {
    Map<Long, Nomination> approved = approved(conferenceId).stream()
        .collect(Collectors.toMap(Nomination::getId, Function.identity()));
    Set<String> forms = awardForms(conferenceId).stream().map(AwardForm::code).collect(Collectors.toSet());
    List<Violation> problems = new ArrayList<>();
    if (sent == null || sent.isEmpty()) {
      problems.add(Violation.of("commendation", "award.draft.empty"));
    }
    Set<Long> seen = new HashSet<>();
    List<Line> rows = sent == null ? List.of() : sent;
    for (int i = 0; i < rows.size(); i++) {
      Line l = rows.get(i);
      if (l.nominationId() == null || !approved.containsKey(l.nominationId())) {
        problems.add(Violation.inEntry("commendation", i, "nominationId",
            Message.of("award.draft.notApproved", i + 1)));
      } else if (!seen.add(l.nominationId())) {
        problems.add(Violation.inEntry("commendation", i, "nominationId", Message.of("award.draft.twice", i + 1)));
      }
      if (l.awardForm() == null || !forms.contains(l.awardForm())) {
        problems.add(Violation.inEntry("commendation", i, "awardForm",
            Message.of("award.draft.awardForm", i + 1, String.join(", ", forms))));
      }
      String a = l.achievement() == null ? "" : l.achievement().strip();
      if (a.isEmpty() || a.length() > MAX_ACHIEVEMENT) {
        problems.add(Violation.inEntry("commendation", i, "achievement",
            Message.of("award.draft.achievement", i + 1, MAX_ACHIEVEMENT)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    lines.deleteByConference(conferenceId);
    for (int i = 0; i < rows.size(); i++) {
      Line l = rows.get(i);
      lines.save(new CommendationLine(conferenceId, i + 1, l.nominationId(), l.awardForm(), l.achievement().strip()));
    }
    CommendationDraft d = drafts.findById(conferenceId).orElseGet(() -> new CommendationDraft(conferenceId));
    d.drafted(actor, EngineClock.now());
    drafts.save(d);
    Conference c = conferences.get(conferenceId);
    audit.record(actor, "COMMENDATION_DRAFTED", conferenceId, c.getCampaignId(),
        "Tờ trình khen thưởng: " + rows.size() + " tập thể, cá nhân");
  }

  /**
   * The head of the authority approves the proposal.
   *
   * @param decidedOn the decisions' date: not before the proposal was drafted, not after the conference day
   * @throws InvalidInputException (fields {@code decidedOn}, {@code signerName}, {@code signerTitle}) when a value is
   *     missing or the date lies outside those bounds, or (key {@code fund.shortfall}) when the proposal's award money
   *     on that date exceeds the fund's balance of its year ({@link AwardMoneyProposal#require}); nothing is written
   */
  public void approve(Long conferenceId, LocalDate decidedOn, String signerTitle, String signerName, String actor) {
    CommendationDraft d = drafted(conferenceId);
    Conference c = conferences.get(conferenceId);
    List<Violation> problems = new ArrayList<>();
    LocalDate draftedOn = d.getDraftedAt().toLocalDate();
    if (decidedOn == null) {
      problems.add(Violation.of("decidedOn", "award.approve.noDate"));
    } else if (decidedOn.isBefore(draftedOn)
        || c.getScheduledOn() != null && decidedOn.isAfter(c.getScheduledOn())) {
      problems.add(Violation.of("decidedOn", "award.approve.dateOutside", VietnameseDates.day(decidedOn),
          VietnameseDates.day(draftedOn), VietnameseDates.day(c.getScheduledOn())));
    }
    if (signerTitle == null || signerTitle.isBlank()) {
      problems.add(Violation.of("signerTitle", "award.approve.noSignerTitle"));
    }
    if (signerName == null || signerName.isBlank() || signerName.length() > DecisionIssuer.MAX_NAME) {
      problems.add(Violation.of("signerName", "award.approve.noSignerName", DecisionIssuer.MAX_NAME));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    awardMoney.require(conferenceId, decidedOn); // issue 24: the award money within the fund's balance, else refused
    d.approved(decidedOn, signerTitle.strip(), RecipientNames.clean(signerName), actor, EngineClock.now());
    audit.record(actor, "COMMENDATION_APPROVED", conferenceId, c.getCampaignId(),
        "Phê duyệt khen thưởng, quyết định ngày " + VietnameseDates.day(decidedOn));
  }

  /**
   * The head of the authority returns the proposal to the office.
   *
   * @throws InvalidInputException (field {@code returnReason}) without a reason of 1–{@value #MAX_REASON} characters
   */
  public void returnDraft(Long conferenceId, String reason, String actor) {
    CommendationDraft d = drafted(conferenceId);
    if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
      throw InvalidInputException.of("returnReason", "award.approve.noReason", MAX_REASON);
    }
    d.returned(reason.strip(), actor, EngineClock.now());
    audit.record(actor, "COMMENDATION_RETURNED", conferenceId, conferences.get(conferenceId).getCampaignId(),
        "Trả lại tờ trình khen thưởng: " + reason.strip());
  }

  /** The proposal of a conference, if the office has drafted one. */
  @Transactional(readOnly = true)
  public Optional<CommendationDraft> draftOf(Long conferenceId) {
    return drafts.findById(conferenceId);
  }

  /** The proposal's lines in order. */
  @Transactional(readOnly = true)
  public List<CommendationLine> linesOf(Long conferenceId) {
    return lines.findByConferenceIdOrderByLineOrder(conferenceId);
  }

  /**
   * Issues the approved proposal's decisions, one per award form in the plan's order, each numbered by the
   * authority's register; idempotent (a conference whose decisions exist gets them back).
   *
   * @throws IllegalStateException when the proposal is not approved
   */
  public List<CommendationDecision> issue(Long conferenceId, String actor) {
    List<CommendationDecision> existing = issuer.ofConference(conferenceId);
    if (!existing.isEmpty()) {
      return existing;
    }
    CommendationDraft d = drafts.findById(conferenceId).filter(x -> x.getStatus() == CommendationDraft.Status.APPROVED)
        .orElseThrow(() -> new IllegalStateException("commendation of conference " + conferenceId + " not approved"));
    Conference c = conferences.get(conferenceId);
    Plan plan = conferences.planOf(c);
    Map<Long, Nomination> byId = nominations.findByConferenceIdOrderById(conferenceId).stream()
        .collect(Collectors.toMap(Nomination::getId, Function.identity()));
    List<CommendationLine> all = lines.findByConferenceIdOrderByLineOrder(conferenceId);
    List<CommendationDecision> issued = new ArrayList<>();
    for (AwardForm form : awardForms(conferenceId)) {
      List<DecisionIssuer.Recipient> recipients = all.stream().filter(l -> l.getAwardForm().equals(form.code()))
          .map(l -> recipient(byId.get(l.getNominationId()), c)).toList();
      if (recipients.isEmpty()) {
        continue;
      }
      issued.add(issuer.issue(new DecisionIssuer.DecisionRequest(c.getUnitCode(), "Ủy ban nhân dân " + OfficialNameGenerator.inText(c.getUnitName()),
          plan.commendation().decisionSymbol(), d.getDecidedOn(), form.code(), form.label(),
          c.getUnitLevel().name(), c.getCampaignId(), conferenceId, d.getSignerTitle(), d.getSignerName(),
          recipients), actor));
    }
    return issued;
  }

  /** How many recipients (certificates) a decision has. */
  @Transactional(readOnly = true)
  public int recipientCount(Long decisionId) {
    return issuer.recipientsOf(decisionId).size();
  }

  /** The decisions issued for the conference, in order. */
  @Transactional(readOnly = true)
  public List<CommendationDecision> decisions(Long conferenceId) {
    return issuer.ofConference(conferenceId);
  }

  /**
   * The proposal's lines for the chair's table: {@code name}, {@code detail}, {@code awardForm} (its label) and
   * {@code achievement}, in the office's order.
   */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> proposalTable(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    Map<String, String> formLabels = awardForms(conferenceId).stream()
        .collect(Collectors.toMap(AwardForm::code, AwardForm::label));
    Map<Long, Nomination> byId = nominations.findByConferenceIdOrderById(conferenceId).stream()
        .collect(Collectors.toMap(Nomination::getId, Function.identity()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CommendationLine l : linesOf(conferenceId)) {
      Nomination n = byId.get(l.getNominationId());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", n.getNomineeName());
      row.put("detail", detail(n, c));
      row.put("awardForm", formLabels.getOrDefault(l.getAwardForm(), l.getAwardForm()));
      row.put("achievement", l.getAchievement());
      rows.add(row);
    }
    return rows;
  }

  /** "3 tập thể, cá nhân: Giấy khen của Chủ tịch Ủy ban nhân dân xã (3)" — what the proposal asks for, in a line. */
  @Transactional(readOnly = true)
  public String summary(Long conferenceId) {
    List<CommendationLine> all = linesOf(conferenceId);
    Map<String, Long> byForm = all.stream().collect(Collectors.groupingBy(CommendationLine::getAwardForm,
        LinkedHashMap::new, Collectors.counting()));
    Map<String, String> labels = awardForms(conferenceId).stream()
        .collect(Collectors.toMap(AwardForm::code, AwardForm::label));
    return all.size() + " tập thể, cá nhân: " + byForm.entrySet().stream()
        .map(e -> labels.getOrDefault(e.getKey(), e.getKey()) + " (" + e.getValue() + ")")
        .collect(Collectors.joining("; "));
  }

  /** The name of the unit's council chair, who usually signs as the People's Committee's chair. */
  @Transactional(readOnly = true)
  public Optional<String> chairName(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    return councils.people(conferences.structureOf(c), c.getUnitCode()).stream()
        .filter(m -> m.getRole() == CouncilRole.CHAIR).map(m -> m.getFullName()).findFirst();
  }

  private static String defaultAchievement(Plan plan) {
    Matcher m = TERM_START.matcher(plan.term());
    String period = m.find() ? " giai đoạn " + (Integer.parseInt(m.group(1)) - 5) + " - " + m.group(1) : "";
    return "Đã có thành tích xuất sắc trong phong trào thi đua yêu nước" + period;
  }

  private static String detail(Nomination n, Conference c) {
    if (n.getPosition() != null && !n.getPosition().isBlank()) {
      return n.getPosition();
    }
    return n.getOriginUnitName() != null ? n.getOriginUnitName() : c.getUnitName();
  }

  private static DecisionIssuer.Recipient recipient(Nomination n, Conference c) {
    return new DecisionIssuer.Recipient(n.getKind(), n.getNomineeName(), null, detail(n, c),
        n.getOriginUnitCode() != null ? n.getOriginUnitCode() : c.getUnitCode(), n.getId());
  }

  private List<Nomination> approved(Long conferenceId) {
    return nominations.findByConferenceIdOrderById(conferenceId).stream()
        .filter(n -> Boolean.TRUE.equals(n.getApproved())).toList();
  }

  private CommendationDraft drafted(Long conferenceId) {
    return drafts.findById(conferenceId).filter(d -> d.getStatus() == CommendationDraft.Status.DRAFTED)
        .orElseThrow(() -> InvalidInputException.of("commendation", "award.approve.notDrafted"));
  }
}
