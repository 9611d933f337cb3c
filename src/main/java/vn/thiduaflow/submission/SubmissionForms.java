package vn.thiduaflow.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.dossier.RequestedDocument;
import vn.thiduaflow.dossier.StoredDocument;
import vn.thiduaflow.plan.model.OrganizingCommitteeRule;
import vn.thiduaflow.plan.model.SubmissionRule;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.MarkdownText;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.VietnameseDates;

/**
 * What the two tasks of the submissions branch show (task-local variables), with the upload slots of their «Hồ sơ đính
 * kèm» tab ({@link RequestedDocument#VARIABLE}, the dossier's contract):
 * <ul>
 *   <li>«Gửi &lt;title&gt; đến &lt;recipient&gt;» (UserTask_SendSubmission): the submission's documents with their
 *       status ({@value #DOCUMENTS}) and the brief's lines — what, to whom, due when with the clause
 *       ({@link #briefLines});</li>
 *   <li>«Thành lập Ban Tổ chức» (UserTask_EstablishOrganizingCommittee): the decision's slot
 *       ({@value SubmissionRule#COMMITTEE_DECISION}), what the plan requires ({@value #COMMITTEE_RULE}) and the
 *       members, decision number and date recorded before, to correct.</li>
 * </ul>
 * Text that comes from users (file names, members' names) is Markdown-escaped.
 */
@Component
public class SubmissionForms {

  /** Task-local: the submission's documents and their status (Json rows: number, title, requirement, status). */
  public static final String DOCUMENTS = "submissionDocuments";
  /** Task-local: what the plan requires of the committee, one Markdown sentence. */
  public static final String COMMITTEE_RULE = "committeeRule";
  /** The field a missing decision file is reported on (the tab's slot). */
  public static final String COMMITTEE_FILE = "committeeDecisionFile";
  /** The decision's slot title in the tab. */
  public static final String DECISION_TITLE = "Quyết định thành lập Ban Tổ chức Hội nghị (bản đã ký)";

  private final SubmissionService submissions;
  private final OrganizingCommitteeService committees;
  private final ConferenceQueries conferences;
  private final ConferenceDocumentService documents;

  SubmissionForms(SubmissionService submissions, OrganizingCommitteeService committees, ConferenceQueries conferences,
      ConferenceDocumentService documents) {
    this.submissions = submissions;
    this.committees = committees;
    this.conferences = conferences;
    this.documents = documents;
  }

  /** The variables of a submission's task, to set task-local. */
  @Transactional(readOnly = true)
  public Map<String, Object> submission(Long conferenceId, String code) {
    SubmissionRule rule = submissions.rule(conferenceId, code);
    Map<String, StoredDocument> files = documents.byCode(conferenceId);
    List<RequestedDocument> slots = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    int n = 0;
    for (SubmissionRule.Document d : rule.documents()) {
      slots.add(new RequestedDocument(d.code(), d.title(), d.required(), null));
      StoredDocument file = files.get(d.code());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", ++n);
      row.put("title", MarkdownText.escape(d.title()));
      row.put("requirement", d.required() ? "bắt buộc" : "không bắt buộc");
      row.put("status", file == null
          ? (d.required() ? "✘ **Chưa có** — tải bản đã ký lên ở thẻ «Hồ sơ đính kèm»" : "Chưa có (không bắt buộc)")
          : "✔ [" + MarkdownText.escape(file.fileName()) + "](" + file.downloadPath() + ") — "
              + MarkdownText.escape(file.uploadedBy()) + ", " + file.uploadedAtText());
      rows.add(row);
    }
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put(RequestedDocument.VARIABLE, RequestedDocument.json(slots));
    vars.put(DOCUMENTS, FormLists.json(rows));
    return vars;
  }

  /**
   * The brief's lines of a submission's task: what is sent (its documents), to whom, by when — the last day
   * inclusive, how it is counted and the clause — and the organizing committee once recorded.
   */
  @Transactional(readOnly = true)
  public List<String> briefLines(Long conferenceId, String code) {
    SubmissionRule rule = submissions.rule(conferenceId, code);
    Conference c = conferences.get(conferenceId);
    List<String> lines = new ArrayList<>();
    lines.add("**Gửi:** " + MarkdownText.escape(rule.title()) + " — " + String.join("; ", rule.documents().stream()
        .map(d -> MarkdownText.escape(d.title()) + (d.required() ? "" : " (không bắt buộc)")).toList()));
    lines.add("**Đến:** " + MarkdownText.escape(rule.to().describe(c.getUpperUnitName())));
    lines.add("**" + submissions.explain(conferenceId, code) + "**");
    committees.briefLine(conferenceId).ifPresent(lines::add);
    return lines;
  }

  /** The variables of the organizing committee's task, to set task-local. */
  @Transactional(readOnly = true)
  public Map<String, Object> committee(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    OrganizingCommitteeRule rule = conferences.planOf(c).organizingCommittee();
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put(RequestedDocument.VARIABLE, RequestedDocument.json(List.of(new RequestedDocument(
        SubmissionRule.COMMITTEE_DECISION, DECISION_TITLE, true, null))));
    String subs = rule == null || rule.subCommittees().isEmpty() ? ""
        : "; các tiểu ban phải có thành viên: " + String.join(", ", rule.subCommittees().stream()
            .map(OrganizingCommitteeRule.SubCommittee::label).toList());
    vars.put(COMMITTEE_RULE, "**Kế hoạch yêu cầu:** thành lập Ban Tổ chức Hội nghị, có một Trưởng ban" + subs
        + (rule == null ? "" : " _(" + MarkdownText.escape(rule.clause()) + ")_"));
    List<Map<String, Object>> members = new ArrayList<>();
    var recorded = committees.of(conferenceId);
    recorded.ifPresent(k -> k.getMembers().forEach(m -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("fullName", m.getFullName());
      row.put("role", m.getRole() == null ? null : m.getRole().name());
      row.put("subCommittee", m.getSubCommittee() == null ? OrganizingCommitteeService.NO_SUB_COMMITTEE
          : m.getSubCommittee().name());
      members.add(row);
    }));
    vars.put(Fields.COMMITTEE_MEMBERS, FormLists.json(members));
    vars.put(Fields.DECISION_NUMBER, recorded.map(OrganizingCommittee::getDecisionNumber).orElse(null));
    vars.put(Fields.DECISION_DATE, recorded.map(k -> k.getDecisionDate().toString()).orElse(null));
    return vars;
  }

  /** "Đã gửi 12/02/2025 09:00 (user)" or "Chưa gửi", for the dashboard. */
  public static String state(ConferenceSubmission s) {
    return s.sent() ? "Đã gửi " + VietnameseDates.minute(s.getSentAt()) : "Chưa gửi";
  }
}
