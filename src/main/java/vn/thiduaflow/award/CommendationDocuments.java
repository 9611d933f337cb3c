package vn.thiduaflow.award;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.award.CertificatePrinter.Mode;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.document.CommendationDecisionDocument;
import vn.thiduaflow.document.DocumentLinks;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.dossier.RequestedDocument;
import vn.thiduaflow.plan.model.CommendationRule.AwardForm;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.system.MarkdownText;
import vn.thiduaflow.system.VietnameseDates;
import vn.thiduaflow.unit.AdministrativeUnit;

/**
 * The papers of a conference's commendation (issue 24): each decision as DOCX (Decree 30/2020/NĐ-CP layout, with its
 * list of recipients), its certificates as one PDF ({@link CertificatePrinter}, full print or onto blanks), the links
 * the office's task shows for them, and the signed scan the office uploads in the documents tab.
 */
@Service
@Transactional(readOnly = true)
public class CommendationDocuments {

  /** The document code of the signed decisions' scan in the conference's documents. */
  public static final String SIGNED_SCAN = "commendation-decision-signed";

  private final CommendationService commendations;
  private final DecisionIssuer issuer;
  private final ConferenceQueries conferences;
  private final CertificatePrinter printer;
  private final CertificateTemplates templates;
  private final ConferenceDocumentService documents;
  private final DocumentLinks links;

  CommendationDocuments(CommendationService commendations, DecisionIssuer issuer, ConferenceQueries conferences,
      CertificatePrinter printer, CertificateTemplates templates, ConferenceDocumentService documents,
      DocumentLinks links) {
    this.commendations = commendations;
    this.issuer = issuer;
    this.conferences = conferences;
    this.printer = printer;
    this.templates = templates;
    this.documents = documents;
    this.links = links;
  }

  /**
   * All certificates of a decision in one PDF, a page per recipient in the decision's order (the printer's file).
   *
   * @throws IllegalArgumentException when the decision does not belong to the conference
   */
  public byte[] certificates(Long conferenceId, Long decisionId, Mode mode) {
    CommendationDecision decision = commendations.decisions(conferenceId).stream().filter(x -> x.getId().equals(decisionId))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no decision " + decisionId + " here"));
    Conference c = conferences.get(conferenceId);
    AwardForm form = commendations.awardForms(conferenceId).stream().filter(f -> f.code().equals(decision.getAwardForm()))
        .findFirst().orElseThrow();
    CertificateTemplate base = templates.find(form.certificateTemplate())
        .or(() -> templates.find(CertificateTemplates.DEFAULT)).orElseThrow();
    CertificateTemplate template = new CertificateTemplate(base.id(), base.label(), form.certificateTitle(),
        base.fields());
    Map<Long, String> achievements = commendations.linesOf(conferenceId).stream()
        .collect(Collectors.toMap(CommendationLine::getNominationId, CommendationLine::getAchievement));
    List<Certificate> pages = new ArrayList<>();
    for (AwardRecord r : issuer.recipientsOf(decisionId)) {
      pages.add(certificate(decision, r, achievements.getOrDefault(r.getNominationId(), ""), c));
    }
    return printer.print(pages, template, mode, form.certificateTitle() + " — Quyết định số " + decision.getSymbol());
  }

  /**
   * The decisions issued, each with its downloads in the webapp session: the decision (DOCX) and its certificates
   * in full print and onto blanks (PDF), as Markdown lines; "—" when none is issued.
   */
  public String documentsMarkdown(Long conferenceId) {
    List<String> lines = new ArrayList<>();
    for (CommendationDecision d : commendations.decisions(conferenceId)) {
      String base = "commendation/" + d.getId() + "/";
      long count = issuer.recipientsOf(d.getId()).size();
      lines.add("- **Quyết định số " + MarkdownText.escape(d.getSymbol()) + "** ngày "
          + VietnameseDates.day(d.getDecidedOn()) + " — " + MarkdownText.escape(d.getAwardLabel()) + ", " + count
          + " tập thể, cá nhân: [Quyết định \\(DOCX\\)](" + links.pluginPath(conferenceId, base + "decision.docx")
          + ") · [Giấy khen, in toàn bộ \\(PDF\\)](" + links.pluginPath(conferenceId, base + "certificates.pdf")
          + ") · [Giấy khen, in vào phôi \\(PDF\\)](" + links.pluginPath(conferenceId,
          base + "certificates.pdf?mode=ON_BLANKS") + ")");
    }
    return lines.isEmpty() ? "—" : String.join("\n", lines);
  }

  /** Asks for the signed decisions' scan in the task's documents tab. */
  public void requestSignedScan(DelegateTask task) {
    task.setVariableLocal(RequestedDocument.VARIABLE, RequestedDocument.json(List.of(new RequestedDocument(
        SIGNED_SCAN, "Quyết định khen thưởng (bản đã ký, đóng dấu; scan PDF hoặc ảnh)", true, null))));
  }

  /** Whether the signed decisions' scan is among the conference's documents. */
  public boolean signedScanUploaded(Long conferenceId) {
    return documents.missing(conferenceId, List.of(SIGNED_SCAN)).isEmpty();
  }

  /**
   * A decision of the conference as DOCX (Decree 30/2020/NĐ-CP layout), with its list of recipients attached.
   *
   * @throws IllegalArgumentException when the decision does not belong to the conference
   */
  public byte[] decisionDocument(Long conferenceId, Long decisionId) {
    CommendationDecision d = commendations.decisions(conferenceId).stream().filter(x -> x.getId().equals(decisionId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no decision " + decisionId + " here"));
    Conference c = conferences.get(conferenceId);
    Plan plan = conferences.planOf(c);
    Map<Long, String> achievements = commendations.linesOf(conferenceId).stream()
        .collect(Collectors.toMap(CommendationLine::getNominationId, CommendationLine::getAchievement));
    List<List<String>> recipients = issuer.recipientsOf(decisionId).stream()
        .map(r -> List.of(r.getRecipientName(), r.getUnitName() == null ? "" : r.getUnitName(),
            achievements.getOrDefault(r.getNominationId(), "")))
        .toList();
    List<String> signature = new ArrayList<>(signerLines(d));
    signature.addAll(List.of("", "", "", d.getSignerName()));
    String authority = d.getAuthorityName().toUpperCase(Locale.forLanguageTag("vi"));
    return CommendationDecisionDocument.write(new CommendationDecisionDocument.DecisionText(
        List.of(authority.replace("ỦY BAN NHÂN DÂN", "UBND")), d.getSymbol(), AdministrativeUnit.shortName(c.getUnitName()),
        d.getDecidedOn(), "khen thưởng các tập thể, cá nhân điển hình tiên tiến trong phong trào thi đua yêu nước",
        "CHỦ TỊCH " + authority, List.of(
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Kế hoạch số " + plan.number() + " " + plan.issuedOn().written() + " của "
                + plan.issuer().name() + ";",
            "Theo đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng."),
        d.getAwardLabel(), recipients, signature, awardMoney(d), d.getBaseSalary() == null ? null
            : "mức lương cơ sở " + AwardMoneyCalculator.dong(d.getBaseSalary()) + " theo " + d.getBaseSalarySource()));
  }

  /** Issue 24: the recipients' award money in their order; empty when the decision has none computed. */
  private List<Long> awardMoney(CommendationDecision d) {
    Map<Long, Long> byRecord = issuer.awardMoneyOf(d.getId());
    List<AwardRecord> rows = issuer.recipientsOf(d.getId());
    return d.getAwardMoneyTotal() == null || byRecord.size() != rows.size() ? List.of()
        : rows.stream().map(r -> byRecord.get(r.getId())).toList();
  }

  /** One recipient's certificate texts. */
  static Certificate certificate(CommendationDecision d, AwardRecord r, String achievement, Conference c) {
    Map<CertificateField, String> t = new EnumMap<>(CertificateField.class);
    // "CHỦ TỊCH", or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" signed on the chair's behalf: the award is the chair's either way
    List<String> title = signerLines(d);
    t.put(CertificateField.AUTHORITY, (title.get(0).replaceFirst("^KT\\.\\s*", "") + " " + d.getAuthorityName())
        .toUpperCase(Locale.forLanguageTag("vi")));
    t.put(CertificateField.RECIPIENT, r.getRecipientName());
    t.put(CertificateField.RECIPIENT_DETAIL, r.getUnitName());
    t.put(CertificateField.ACHIEVEMENT, achievement);
    t.put(CertificateField.PLACE_DATE, AdministrativeUnit.shortName(c.getUnitName()) + ", " + VietnameseDates.written(d.getDecidedOn()));
    t.put(CertificateField.DECISION, "Quyết định số " + d.getSymbol() + " ngày " + VietnameseDates.day(d.getDecidedOn()));
    t.put(CertificateField.SIGNER_TITLE, String.join("\n", title));
    t.put(CertificateField.SIGNER_NAME, d.getSignerName());
    return new Certificate(t);
  }

  /** The signer's title as lines: "CHỦ TỊCH", or "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH" (written with "/"). */
  private static List<String> signerLines(CommendationDecision d) {
    return List.of(d.getSignerTitle().split("\\s*/\\s*|\\n"));
  }
}
