package vn.thiduaflow.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceDossier;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.dossier.DossierReviewFinding.Verdict;
import vn.thiduaflow.plan.model.DossierDocument;
import vn.thiduaflow.plan.model.DossierRule;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * The dossier a unit sends to the upper council before its conference (issue 21: the dossier is documents): the
 * plan's list of documents ({@link DossierRule#documents()}), their files in the conference's document store
 * ({@link ConferenceDocumentService}), the submission and the upper council's review with a finding per document.
 * Called by the listeners of UserTask_SubmitDossier and UserTask_ReviewDossier; every problem of an input is reported
 * at once ({@link InvalidInputException}), before anything is written.
 */
@Service
@Transactional
public class DossierService {

  /** Longest reason, overall or per document (characters; columns dossier_review.reason, dossier_review_finding.reason). */
  public static final int MAX_REASON = 2000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ConferenceQueries conferences;
  private final ConferenceDossier conferenceDossier;
  private final ConferenceDocumentService documents;
  private final DossierReviewRepository reviews;

  DossierService(ConferenceQueries conferences, ConferenceDossier conferenceDossier, ConferenceDocumentService documents,
      DossierReviewRepository reviews) {
    this.conferences = conferences;
    this.conferenceDossier = conferenceDossier;
    this.documents = documents;
    this.reviews = reviews;
  }

  /** The plan's dossier rule for the conference: its deadline and documents. */
  @Transactional(readOnly = true)
  public DossierRule ruleOf(Long conferenceId) {
    return conferences.planOf(conferences.get(conferenceId)).dossier();
  }

  /**
   * Records that the dossier was sent to the upper council today, once every required document of the plan has a
   * file.
   *
   * @throws InvalidInputException with one violation per missing required document (field
   *     {@value DossierFields#DOSSIER_DOCUMENTS}, naming the document and its clause); nothing is recorded
   */
  public void submit(Long conferenceId) {
    DossierRule rule = ruleOf(conferenceId);
    List<String> missing = documents.missing(conferenceId, rule.requiredCodes());
    if (!missing.isEmpty()) {
      List<Violation> violations = new ArrayList<>();
      for (String code : missing) {
        DossierDocument d = rule.document(code).orElseThrow();
        violations.add(Violation.of(DossierFields.DOSSIER_DOCUMENTS, "dossier.document.missing", d.title(), d.clause(),
            d.code()));
      }
      throw new InvalidInputException(violations);
    }
    conferenceDossier.submitDossier(conferenceId);
    reviews.save(new DossierReview(conferenceId, EngineClock.today()));
  }

  /**
   * The upper council's finding on one document as the review form sends it.
   *
   * @param code the document's code (a document of the plan's dossier); null: the plan's document at the row's place
   * @param verdict {@code ACCEPTED}, {@code NEEDS_REVISION}, or null (not marked: accepted)
   * @param reason why it must be revised
   */
  public record FindingInput(String code, String verdict, String reason) {}

  /**
   * Records the upper council's decision on the latest submission: approve, or return with the overall reason and
   * the documents to revise.
   *
   * @param findings one per document, in form order (may be empty: a decision without the list)
   * @return true when approved
   * @throws InvalidInputException every problem at once: no decision; a document not of the dossier, or marked with
   *     an unknown verdict; a document to revise without a reason (field {@code documentReview[i].reason}); approval
   *     while a document is marked to revise; a return with neither a reason nor a document to revise; a reason
   *     longer than {@value #MAX_REASON} characters
   */
  public boolean review(Long conferenceId, DossierDecision decision, String reason, List<FindingInput> findings,
      String reviewer) {
    DossierRule rule = ruleOf(conferenceId);
    List<Violation> problems = new ArrayList<>();
    if (decision == null) {
      problems.add(Violation.of(Fields.DOSSIER_DECISION, "dossier.review.decisionMissing"));
    }
    List<DossierReviewFinding> kept = new ArrayList<>();
    List<String> toRevise = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      FindingInput f = findings.get(i);
      // the row's code when the form sends it back, else its place: the form lists the plan's documents in order
      DossierDocument d = f.code() != null ? rule.document(f.code()).orElse(null)
          : i < rule.documents().size() ? rule.documents().get(i) : null;
      if (d == null || seen.contains(d.code())) {
        problems.add(Violation.inEntry(DossierFields.DOCUMENT_REVIEW, i, "",
            Message.of("dossier.review.row.notADocument", i + 1)));
        continue;
      }
      seen.add(d.code());
      Verdict verdict;
      if (FormValues.blank(f.verdict())) {
        verdict = Verdict.ACCEPTED;
      } else {
        verdict = java.util.Arrays.stream(Verdict.values()).filter(v -> v.name().equals(f.verdict().strip()))
            .findFirst().orElse(null);
        if (verdict == null) {
          problems.add(Violation.inEntry(DossierFields.DOCUMENT_REVIEW, i, "verdict",
              Message.of("dossier.review.verdict.invalid", d.title(), d.code())));
          continue;
        }
      }
      String why = FormValues.visible(f.reason());
      if (verdict == Verdict.NEEDS_REVISION) {
        toRevise.add(d.title());
        if (why == null) {
          problems.add(Violation.inEntry(DossierFields.DOCUMENT_REVIEW, i, "reason",
              Message.of("dossier.review.reason.missing", d.title(), d.code())));
        }
      }
      if (why != null && why.length() > MAX_REASON) {
        problems.add(Violation.inEntry(DossierFields.DOCUMENT_REVIEW, i, "reason",
            Message.of("dossier.review.reason.tooLong", d.title(), MAX_REASON, d.code())));
      }
      kept.add(new DossierReviewFinding(d.code(), d.title(), verdict, verdict == Verdict.NEEDS_REVISION ? why : null));
    }
    String overall = FormValues.visible(reason);
    if (decision == DossierDecision.APPROVE && !toRevise.isEmpty()) {
      problems.add(Violation.of(Fields.DOSSIER_DECISION, "dossier.review.approveWithRevisions",
          String.join("», «", toRevise)));
    }
    if (decision == DossierDecision.RETURN && overall == null && toRevise.isEmpty()) {
      problems.add(Violation.of(Fields.RETURN_REASON, "dossier.review.returnWithoutReason"));
    }
    if (overall != null && overall.length() > MAX_REASON) {
      problems.add(Violation.of(Fields.RETURN_REASON, "dossier.review.returnReason.tooLong", MAX_REASON));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    DossierReview review = reviews.findFirstByConferenceIdOrderByIdDesc(conferenceId)
        .orElseThrow(() -> new IllegalStateException("No dossier submitted for conference " + conferenceId));
    String stored = overall != null || decision == DossierDecision.APPROVE ? overall
        : "Cần sửa: " + String.join("; ", toRevise);
    review.decide(decision, stored, kept, EngineClock.today(), reviewer);
    conferenceDossier.reviewDossier(conferenceId, decision == DossierDecision.APPROVE);
    return decision == DossierDecision.APPROVE;
  }

  /**
   * The review form's list as sent (a Json array, as Spin value or text: rows {@code {code, verdict, reason}}).
   *
   * @throws InvalidInputException (field {@value DossierFields#DOCUMENT_REVIEW}) when it is not such a list
   */
  public static List<FindingInput> findingsFromForm(Object sent) {
    if (sent == null) {
      return List.of();
    }
    JsonNode rows;
    try {
      rows = JSON.readTree(sent.toString());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      rows = null;
    }
    if (rows == null || !rows.isArray() || rows.size() > 200) {
      throw InvalidInputException.of(DossierFields.DOCUMENT_REVIEW, "dossier.review.unreadable");
    }
    List<FindingInput> result = new ArrayList<>();
    for (JsonNode row : rows) {
      result.add(new FindingInput(text(row, "code"), text(row, "verdict"), text(row, "reason")));
    }
    return result;
  }

  private static String text(JsonNode row, String field) {
    JsonNode v = row.path(field);
    return v.isTextual() ? v.asText() : null;
  }

  /**
   * The dossier as it was last returned: when, by whom, the overall reason and the documents to revise.
   *
   * @param decidedOn the day of the return
   * @param decidedBy the upper council's user who returned it
   * @param reason the overall reason, or null when the documents say it
   * @param revisions the documents to revise with their reasons, in form order
   */
  public record ReturnedDossier(LocalDate decidedOn, String decidedBy, String reason,
      List<DossierReviewFinding> revisions) {}

  /**
   * The latest decided submission if the upper council returned it (while a resent dossier waits for its review, the
   * return before it: what the reviewer asked last time).
   */
  @Transactional(readOnly = true)
  public Optional<ReturnedDossier> lastReturn(Long conferenceId) {
    List<DossierReview> all = reviews.findByConferenceIdOrderById(conferenceId);
    for (int i = all.size() - 1; i >= 0; i--) {
      DossierReview r = all.get(i);
      if (r.getDecision() != null) {
        return r.getDecision() != DossierDecision.RETURN ? Optional.empty()
            : Optional.of(new ReturnedDossier(r.getDecidedOn(), r.getDecidedBy(), r.getReason(), r.revisions()));
      }
    }
    return Optional.empty();
  }

  /** The latest reason the upper council gave for returning the dossier, or null. */
  @Transactional(readOnly = true)
  public String lastReturnReason(Long conferenceId) {
    return reviews.lastReturnReason(conferenceId).orElse(null);
  }

  /** The conference (for the forms). */
  @Transactional(readOnly = true)
  Conference conference(Long conferenceId) {
    return conferences.get(conferenceId);
  }
}
