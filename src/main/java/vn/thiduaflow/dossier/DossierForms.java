package vn.thiduaflow.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.document.DocumentLinks;
import vn.thiduaflow.document.GeneratedDocument;
import vn.thiduaflow.plan.model.DossierDocument;
import vn.thiduaflow.plan.model.DossierRule;
import vn.thiduaflow.plan.model.GeneratedDraft;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.VietnameseDates;

/**
 * What the two dossier tasks show (task-local variables, {@link DossierFields}, {@link RequestedDocument}):
 * <ul>
 *   <li>the secretary's task (UserTask_SubmitDossier): the plan's documents with their status — the uploaded file
 *       (link), missing, and for a document the product drafts, a link to the draft ("bản do hệ thống soạn") — and
 *       what the upper council returned last time; the tab's upload slots ({@link RequestedDocument#VARIABLE});</li>
 *   <li>the upper council's task (UserTask_ReviewDossier): the documents with download links (and "Xem" that opens a
 *       PDF in the browser), the tab's read-only list ({@link RequestedDocument#SHOWN_VARIABLE}) and the form's list of
 *       one finding per document ({@value DossierFields#DOCUMENT_REVIEW}).</li>
 * </ul>
 * Every text that comes from a user (file names, reasons) has its ASCII punctuation backslash-escaped so that form-js
 * renders it as text, never as Markdown or a link.
 */
@Component
public class DossierForms {

  private final DossierService dossiers;
  private final ConferenceDocumentService documents;
  private final DocumentLinks links;

  DossierForms(DossierService dossiers, ConferenceDocumentService documents, DocumentLinks links) {
    this.dossiers = dossiers;
    this.documents = documents;
    this.links = links;
  }

  /** The variables of the secretary's dossier task, to set task-local. */
  @Transactional(readOnly = true)
  public Map<String, Object> submission(Long conferenceId) {
    DossierRule rule = dossiers.ruleOf(conferenceId);
    Map<String, StoredDocument> files = documents.byCode(conferenceId);
    var returned = dossiers.lastReturn(conferenceId).orElse(null);
    List<RequestedDocument> slots = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    int n = 0;
    for (DossierDocument d : rule.documents()) {
      String draft = d.generated() == null ? null : draftPath(conferenceId, d.generated());
      slots.add(new RequestedDocument(d.code(), d.title(), d.required(), draft));
      StoredDocument file = files.get(d.code());
      StringBuilder status = new StringBuilder(file == null
          ? (d.required() ? "✘ **Chưa có** — tải bản đã ký lên ở thẻ «Hồ sơ đính kèm»" : "Chưa có (không bắt buộc)")
          : "✔ " + link(file) + " — " + escaped(file.uploadedBy()) + ", " + file.uploadedAtText());
      if (draft != null) {
        status.append(" — bản do hệ thống soạn: [").append(escaped(draftName(d.generated()))).append("](")
            .append(draft).append(")");
      }
      if (returned != null) {
        returned.revisions().stream().filter(f -> f.getDocumentCode().equals(d.code())).findFirst()
            .ifPresent(f -> status.append(" — ⚠ **Cần sửa:** ").append(escaped(f.getReason())));
      }
      rows.add(row(++n, d, status.toString()));
    }
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put(RequestedDocument.VARIABLE, RequestedDocument.json(slots));
    vars.put(DossierFields.DOSSIER_DOCUMENTS, FormLists.json(rows));
    vars.put(DossierFields.DOSSIER_RETURN, returned == null ? null : returnText(returned));
    return vars;
  }

  /** The variables of the upper council's review task, to set task-local. */
  @Transactional(readOnly = true)
  public Map<String, Object> review(Long conferenceId) {
    DossierRule rule = dossiers.ruleOf(conferenceId);
    Map<String, StoredDocument> files = documents.byCode(conferenceId);
    var returned = dossiers.lastReturn(conferenceId).orElse(null);
    List<RequestedDocument> shown = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, Object>> findings = new ArrayList<>();
    int n = 0;
    for (DossierDocument d : rule.documents()) {
      shown.add(new RequestedDocument(d.code(), d.title(), d.required(), null));
      StoredDocument file = files.get(d.code());
      String status = file == null ? (d.required() ? "✘ **Chưa có**" : "Không nộp (không bắt buộc)")
          : link(file) + (file.viewPath() == null ? "" : " ([Xem](" + file.viewPath() + "))") + " — "
              + escaped(file.uploadedBy()) + ", " + file.uploadedAtText();
      rows.add(row(++n, d, status));
      Map<String, Object> finding = new LinkedHashMap<>();
      finding.put("code", d.code());
      finding.put("title", n + ". " + d.title());
      finding.put("verdict", null);
      finding.put("reason", null);
      findings.add(finding);
    }
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put(RequestedDocument.SHOWN_VARIABLE, RequestedDocument.json(shown));
    vars.put(DossierFields.DOSSIER_DOCUMENTS, FormLists.json(rows));
    vars.put(DossierFields.DOCUMENT_REVIEW, FormLists.json(findings));
    vars.put(DossierFields.DOSSIER_RETURN, returned == null ? null : returnText(returned));
    return vars;
  }

  /** Where the draft of a generated document is downloaded in the webapp session ({@link DocumentLinks}). */
  String draftPath(Long conferenceId, GeneratedDraft draft) {
    return links.path(conferenceId, generated(draft));
  }

  private static String draftName(GeneratedDraft draft) {
    return generated(draft).title();
  }

  private static GeneratedDocument generated(GeneratedDraft draft) {
    return switch (draft) {
      case PROGRAMME -> GeneratedDocument.PROGRAMME;
      case SUMMARY_REPORT -> GeneratedDocument.SUMMARY_REPORT;
    };
  }

  /** "Ngày 20/03/2025, … trả lại hồ sơ: reason" and one line per document to revise. */
  static String returnText(DossierService.ReturnedDossier r) {
    StringBuilder s = new StringBuilder("**Hồ sơ bị trả lại** ngày ").append(VietnameseDates.day(r.decidedOn()));
    if (r.decidedBy() != null) {
      s.append(" (").append(escaped(r.decidedBy())).append(")");
    }
    if (r.reason() != null) {
      s.append(": ").append(escaped(r.reason()));
    }
    for (DossierReviewFinding f : r.revisions()) {
      s.append("\n- **").append(escaped(f.getDocumentTitle())).append("** — cần sửa: ").append(escaped(f.getReason()));
    }
    return s.toString();
  }

  private static Map<String, Object> row(int number, DossierDocument d, String status) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("number", number);
    row.put("title", escaped(d.title()));
    row.put("requirement", d.required() ? "bắt buộc" : "không bắt buộc");
    row.put("clause", escaped(d.clause()));
    row.put("status", status);
    return row;
  }

  private static String link(StoredDocument file) {
    return "[" + escaped(file.fileName()) + "](" + file.downloadPath() + ")";
  }

  /** ASCII punctuation backslash-escaped and line breaks as spaces, so Markdown reads it as text on one line. */
  static String escaped(String text) {
    return vn.thiduaflow.system.MarkdownText.escape(text);
  }
}
