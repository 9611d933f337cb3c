package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.thiduaflow.calendar.WorkingCalendar;

/**
 * The dossier a unit sends to the upper council before its conference: when it must be approved (the deadline
 * fields, exactly one set, as in {@link DeadlineRule}) and what it contains. Plan file:
 * <pre>
 * dossier:
 *   daysBeforeConference: 15
 *   clause: "§IV.1"
 *   documents:                      # optional; when left out, {@link #DEFAULT_DOCUMENTS} apply
 *     - { code: plan, title: "Kế hoạch tổ chức Hội nghị", required: true, clause: "§IV.1" }
 *     - { code: programme, title: "Nội dung, chương trình Hội nghị", required: true, generated: PROGRAMME,
 *         clause: "§IV.1" }
 * </pre>
 * A list given is the whole dossier (list the four documents of the general rule too when they apply).
 *
 * @param daysBeforeConference calendar days before the conference date; the deadline is that day, inclusive
 * @param workingDaysBeforeConference working days before the conference date; the deadline is that day, inclusive
 * @param fixedDate a fixed deadline day, inclusive
 * @param statedInPlan false when the plan does not state the deadline and the value is the workflow's default
 * @param clause source clause of the deadline, or why this value applies when the plan is silent
 * @param documents the documents of the dossier, in the order the plan lists them; never null after construction
 *     (absent: {@link #DEFAULT_DOCUMENTS}); codes unique (checked by {@code PlanReader})
 */
public record DossierRule(
    @PositiveOrZero Integer daysBeforeConference,
    @PositiveOrZero Integer workingDaysBeforeConference,
    LocalDate fixedDate,
    @JsonProperty(defaultValue = "true") Boolean statedInPlan,
    @NotBlank String clause,
    @NotEmpty(message = "must list at least one document, or be left out for the four of the general rule")
    List<@NotNull @Valid DossierDocument> documents) {

  /**
   * Where the four documents come from when a plan lists none: KH TP Lạng Sơn 25/6/2024 §IV.1 ("gửi kế hoạch, lịch
   * tổ chức hội nghị, báo cáo tổng kết và nội dung, chương trình hội nghị … trước 15 ngày").
   */
  public static final String DEFAULT_DOCUMENTS_CLAUSE = "Kế hoạch không liệt kê hồ sơ; áp dụng quy tắc chung (KH TP "
      + "Lạng Sơn 25/6/2024 §IV.1): gửi kế hoạch, lịch tổ chức hội nghị, báo cáo tổng kết và nội dung, chương trình "
      + "hội nghị";
  /** The dossier of the general rule: plan, schedule, five-year summary report, programme; all required. */
  public static final List<DossierDocument> DEFAULT_DOCUMENTS = List.of(
      new DossierDocument("plan", "Kế hoạch tổ chức Hội nghị của đơn vị", true, null, DEFAULT_DOCUMENTS_CLAUSE),
      new DossierDocument("schedule", "Lịch tổ chức Hội nghị", true, null, DEFAULT_DOCUMENTS_CLAUSE),
      new DossierDocument("summary-report", "Báo cáo tổng kết phong trào thi đua yêu nước 5 năm", true,
          GeneratedDraft.SUMMARY_REPORT, DEFAULT_DOCUMENTS_CLAUSE),
      new DossierDocument("programme", "Nội dung, chương trình Hội nghị", true, GeneratedDraft.PROGRAMME,
          DEFAULT_DOCUMENTS_CLAUSE));

  public DossierRule {
    documents = documents == null ? DEFAULT_DOCUMENTS : java.util.Collections.unmodifiableList(
        new java.util.ArrayList<>(documents)); // may hold nulls until validated (List.copyOf would throw)
  }

  /** A calendar-day or fixed-date dossier with the default documents. */
  public DossierRule(Integer daysBeforeConference, LocalDate fixedDate, Boolean statedInPlan, String clause) {
    this(daysBeforeConference, null, fixedDate, statedInPlan, clause, null);
  }

  /** The deadline part alone. */
  public DeadlineRule deadline() {
    return DeadlineRule.of(daysBeforeConference, workingDaysBeforeConference, fixedDate, statedInPlan, clause);
  }

  /** {@link DeadlineRule#deadlineFor}. */
  public LocalDate deadlineFor(LocalDate conferenceDate, WorkingCalendar calendar) {
    return deadline().deadlineFor(conferenceDate, calendar);
  }

  /** {@link DeadlineRule#describe()}. */
  public String describe() {
    return deadline().describe();
  }

  /** Whether the plan itself states the deadline. */
  public boolean stated() {
    return statedInPlan == null || statedInPlan;
  }

  /** The codes of the required documents, in plan order. */
  public List<String> requiredCodes() {
    return documents.stream().filter(DossierDocument::required).map(DossierDocument::code).toList();
  }

  /** The document with this code, if the dossier has one. */
  public Optional<DossierDocument> document(String code) {
    return documents.stream().filter(d -> d.code().equals(code)).findFirst();
  }
}
