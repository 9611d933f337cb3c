package vn.thiduaflow.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.plan.model.OrganizingCommitteeRule;
import vn.thiduaflow.plan.model.OrganizingCommitteeRule.SubCommittee;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.SubmissionRule;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.MarkdownText;
import vn.thiduaflow.system.Message;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.VietnameseDates;

/**
 * The organizing committee (Ban Tổ chức) a plan requires a unit to set up before its conference
 * ({@link OrganizingCommitteeRule}): its members by role (one Trưởng ban, Phó Trưởng ban, Thành viên) and
 * sub-committee, and the establishing decision — number, date, and the signed file uploaded as the conference document
 * {@value SubmissionRule#COMMITTEE_DECISION} (a submission may send it on). Checked as a whole, every problem at once,
 * nothing written when one is found.
 */
@Service
@Transactional
public class OrganizingCommitteeService {

  /** Most members a committee lists (people). */
  public static final int MAX_MEMBERS = 100;
  private static final int MAX_NUMBER = 60;
  private static final int MAX_NAME = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OrganizingCommitteeRepository committees;
  private final ConferenceQueries conferences;
  private final ConferenceDocumentService documents;
  private final AuditTrail audit;

  private final org.springframework.context.ApplicationEventPublisher events;

  OrganizingCommitteeService(OrganizingCommitteeRepository committees, ConferenceQueries conferences,
      ConferenceDocumentService documents, AuditTrail audit,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.committees = committees;
    this.conferences = conferences;
    this.documents = documents;
    this.audit = audit;
  }

  /**
   * One row of the form's member list as sent.
   *
   * @param fullName the member's name
   * @param role a {@link CommitteeMember.Role} name
   * @param subCommittee a {@link SubCommittee} name, or null / {@value #NO_SUB_COMMITTEE} for none
   */
  public record Entry(String fullName, String role, String subCommittee) {}

  /** The form's value for "no sub-committee" (the committee itself). */
  public static final String NO_SUB_COMMITTEE = "NONE";

  /**
   * The member list a form sent (a Json array of rows {@code fullName, role, subCommittee}).
   *
   * @throws InvalidInputException (field {@value Fields#COMMITTEE_MEMBERS}) when it is not a readable list
   */
  public static List<Entry> fromForm(Object value) {
    JsonNode list;
    try {
      list = value == null ? null : value instanceof String || value instanceof org.camunda.spin.json.SpinJsonNode
          ? JSON.readTree(value.toString()) : JSON.valueToTree(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw InvalidInputException.of(Fields.COMMITTEE_MEMBERS, "committee.list.unreadable");
    }
    List<Entry> rows = new ArrayList<>();
    if (list != null && list.isArray()) {
      for (JsonNode row : list) {
        rows.add(new Entry(text(row, "fullName"), text(row, "role"), text(row, "subCommittee")));
      }
    }
    return rows;
  }

  private static String text(JsonNode row, String field) {
    JsonNode v = row == null ? null : row.get(field);
    return v == null || v.isNull() ? null : FormValues.visible(v.asText());
  }

  /** The decision and members as a form sent them. */
  public record Decision(String number, LocalDate date, List<Entry> members) {}

  /**
   * Checks and stores the committee of a conference, replacing one recorded before. Refused (every problem at once,
   * nothing written) when: the decision's number is missing or longer than 60 characters; its date is missing or after
   * today (engine clock; today passes); its signed file ({@value SubmissionRule#COMMITTEE_DECISION}) is not uploaded;
   * no member is listed, or more than {@value #MAX_MEMBERS}; a member has no name (or one over 200 characters), no or
   * an unknown role, an unknown sub-committee; there is no Trưởng ban, or more than one; a sub-committee the plan
   * requires has no member (plan's {@code organizingCommittee.subCommittees}, its clause named).
   *
   * @param actor the standing-office user who records it (audit trail)
   * @throws InvalidInputException with fields {@value Fields#DECISION_NUMBER}, {@value Fields#DECISION_DATE},
   *     {@value SubmissionForms#COMMITTEE_FILE}, {@value Fields#COMMITTEE_MEMBERS} and
   *     {@code committeeMembers[i].fullName|role|subCommittee} (row index from 0)
   */
  public OrganizingCommittee record(Long conferenceId, Decision decision, String actor) {
    Conference c = conferences.get(conferenceId);
    OrganizingCommitteeRule rule = conferences.planOf(c).organizingCommittee();
    List<Violation> problems = new ArrayList<>();
    String number = decision.number() == null ? null : FormValues.visible(decision.number());
    if (number == null) {
      problems.add(Violation.of(Fields.DECISION_NUMBER, "committee.decisionNumber.missing"));
    } else if (number.length() > MAX_NUMBER) {
      problems.add(Violation.of(Fields.DECISION_NUMBER, "committee.decisionNumber.tooLong", MAX_NUMBER));
    }
    LocalDate today = EngineClock.today();
    if (decision.date() == null) {
      problems.add(Violation.of(Fields.DECISION_DATE, "committee.decisionDate.missing"));
    } else if (decision.date().isAfter(today)) {
      problems.add(Violation.of(Fields.DECISION_DATE, "committee.decisionDate.future",
          VietnameseDates.day(decision.date()), VietnameseDates.day(today), decision.date(), today));
    }
    if (!documents.missing(conferenceId, List.of(SubmissionRule.COMMITTEE_DECISION)).isEmpty()) {
      problems.add(Violation.of(SubmissionForms.COMMITTEE_FILE, "committee.decisionFile.missing"));
    }
    List<Entry> rows = decision.members() == null ? List.of() : decision.members();
    List<CommitteeMember> members = new ArrayList<>();
    if (rows.isEmpty()) {
      problems.add(Violation.of(Fields.COMMITTEE_MEMBERS, "committee.members.empty"));
    } else if (rows.size() > MAX_MEMBERS) {
      problems.add(Violation.of(Fields.COMMITTEE_MEMBERS, "committee.members.tooMany", rows.size(), MAX_MEMBERS));
    } else {
      int heads = 0;
      Set<SubCommittee> staffed = EnumSet.noneOf(SubCommittee.class);
      for (int i = 0; i < rows.size(); i++) {
        Entry row = rows.get(i);
        String name = row == null ? null : row.fullName();
        if (name == null) {
          problems.add(Violation.inEntry(Fields.COMMITTEE_MEMBERS, i, "fullName",
              Message.of("committee.fullName.missing")));
        } else if (name.length() > MAX_NAME) {
          problems.add(Violation.inEntry(Fields.COMMITTEE_MEMBERS, i, "fullName",
              Message.of("committee.fullName.tooLong", MAX_NAME)));
        }
        CommitteeMember.Role role = row == null ? null : constant(row.role(), CommitteeMember.Role.class);
        if (role == null) {
          problems.add(Violation.inEntry(Fields.COMMITTEE_MEMBERS, i, "role", Message.of("committee.role.missing")));
        } else if (role == CommitteeMember.Role.HEAD) {
          heads++;
        }
        String sub = row == null ? null : row.subCommittee();
        SubCommittee subCommittee = null;
        if (sub != null && !NO_SUB_COMMITTEE.equals(sub)) {
          subCommittee = constant(sub, SubCommittee.class);
          if (subCommittee == null) {
            problems.add(Violation.inEntry(Fields.COMMITTEE_MEMBERS, i, "subCommittee",
                Message.of("committee.subCommittee.unknown", sub)));
          } else {
            staffed.add(subCommittee);
          }
        }
        members.add(new CommitteeMember(name, role, subCommittee));
      }
      if (heads == 0) {
        problems.add(Violation.of(Fields.COMMITTEE_MEMBERS, "committee.head.missing"));
      } else if (heads > 1) {
        problems.add(Violation.of(Fields.COMMITTEE_MEMBERS, "committee.head.several", heads));
      }
      if (rule != null) {
        for (SubCommittee required : rule.subCommittees()) {
          if (!staffed.contains(required)) {
            problems.add(Violation.of(Fields.COMMITTEE_MEMBERS, "committee.subCommittee.unstaffed", required.label(),
                rule.clause(), required));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    OrganizingCommittee committee = committees.findById(conferenceId).orElseGet(() -> new OrganizingCommittee(conferenceId));
    committee.record(number, decision.date(), members, actor, EngineClock.now());
    OrganizingCommittee saved = committees.save(committee);
    audit.record(actor, "ORGANIZING_COMMITTEE_RECORDED", conferenceId, c.getCampaignId(), "Thành lập Ban Tổ chức: "
        + "Quyết định số " + number + " ngày " + VietnameseDates.day(decision.date()) + ", " + members.size()
        + " thành viên / organizing committee recorded");
    events.publishEvent(new OrganizingCommitteeRecorded(conferenceId));
    return saved;
  }

  private static <E extends Enum<E>> E constant(String name, Class<E> type) {
    if (name == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** The conference's committee, if recorded. */
  @Transactional(readOnly = true)
  public Optional<OrganizingCommittee> of(Long conferenceId) {
    return committees.findById(conferenceId);
  }

  /**
   * The committee in one Markdown line for the briefs of later tasks: "**Ban Tổ chức:** Quyết định số 12/QĐ-UBND ngày
   * 10/01/2025 — Trưởng ban: Nguyễn Văn A; Phó Trưởng ban: …; Tiểu ban Nội dung: 2 người …" (names as literal text).
   */
  @Transactional(readOnly = true)
  public Optional<String> briefLine(Long conferenceId) {
    return committees.findById(conferenceId).map(OrganizingCommitteeService::describe);
  }

  static String describe(OrganizingCommittee committee) {
    StringBuilder s = new StringBuilder("**Ban Tổ chức:** Quyết định số ")
        .append(MarkdownText.escape(committee.getDecisionNumber())).append(" ngày ")
        .append(VietnameseDates.day(committee.getDecisionDate()));
    for (CommitteeMember.Role role : CommitteeMember.Role.values()) {
      List<String> names = committee.getMembers().stream().filter(m -> m.getRole() == role)
          .map(m -> MarkdownText.escape(m.getFullName())).toList();
      if (!names.isEmpty() && role != CommitteeMember.Role.MEMBER) {
        s.append(role == CommitteeMember.Role.HEAD ? " — " : "; ").append(role.label()).append(": ")
            .append(String.join(", ", names));
      }
    }
    long plain = committee.getMembers().stream().filter(m -> m.getRole() == CommitteeMember.Role.MEMBER).count();
    s.append("; ").append(plain).append(" thành viên");
    for (SubCommittee sub : SubCommittee.values()) {
      long n = committee.getMembers().stream().filter(m -> m.getSubCommittee() == sub).count();
      if (n > 0) {
        s.append("; ").append(sub.label()).append(": ").append(n).append(" người");
      }
    }
    return s.toString();
  }

  /** Whether the plan requires the conference's unit to set up a committee ({@link OrganizingCommitteeRule}). */
  @Transactional(readOnly = true)
  public boolean required(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    Plan plan = conferences.planOf(c);
    return plan.organizingCommittee() != null
        && plan.organizingCommittee().requiredFor(plan, c.getTier(), c.getUnitLevel());
  }
}
