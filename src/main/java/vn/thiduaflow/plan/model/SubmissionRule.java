package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.thiduaflow.calendar.WorkingCalendar;

/**
 * Something a plan requires units to send to a named office by a date before their conference (issue 22): what
 * (documents, kept in the conference's document store beside the dossier's), from which units, to whom, and when it is
 * due. Each one becomes a task of the unit's secretary with a due date, a reminder and an escalation, in a branch of
 * the conference that runs beside the main flow once the conference is scheduled. Plan file:
 * <pre>
 * submissions:
 *   - code: plan-to-home-affairs
 *     title: "Kế hoạch tổ chức Hội nghị và Quyết định thành lập Ban Tổ chức"
 *     documents:
 *       - { code: unit-plan, title: "Kế hoạch tổ chức Hội nghị của đơn vị", required: true }
 *       - { code: organizing-committee-decision, title: "Quyết định thành lập Ban Tổ chức", required: true }
 *     from: LOWER                       # OWN | LOWER | [COMMUNE, AGENCY] ({@link UnitScope})
 *     to: { kind: NAMED_OFFICE, name: "Sở Nội vụ tỉnh Lạng Sơn" }
 *     due: { fixedDate: 2025-02-15 }    # or daysBeforeConference: 20 | workingDaysBeforeConference: 10
 *                                       # | daysAfterStep: { step: SCHEDULED, days: 7 }
 *     clause: "§IV.2: gửi về Sở Nội vụ trước ngày 15/02/2025"
 * </pre>
 * {@code PlanReader} checks the codes (unique, kebab-case; a document code is not one of the dossier's nor
 * {@value DossierDocument#RESERVED_MINUTES}), that exactly one due form is given, that a named office has a name,
 * and that a step the due date counts from exists in the plan.
 *
 * @param code stable code, kebab-case, unique among the plan's submissions
 * @param title what is sent, as the plan words it (Vietnamese); the task reads «Gửi &lt;title&gt; đến &lt;recipient&gt;»
 * @param documents the documents sent, in order; at least one
 * @param from which conferences' units send it
 * @param to the recipient
 * @param due when it must have been sent (the last day, inclusive)
 * @param clause the clause of the plan that requires it
 */
public record SubmissionRule(
    @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z][a-z0-9]*(-[a-z0-9]+)*", message = "must be kebab-case (a-z, 0-9, -)")
    String code,
    @NotBlank @Size(max = 200) String title,
    @NotEmpty List<@NotNull @Valid Document> documents,
    @NotNull UnitScope from,
    @NotNull @Valid Recipient to,
    @NotNull @Valid Due due,
    @NotBlank String clause) {

  /** The code of the organizing committee's establishing decision in the document store; a submission may send it. */
  public static final String COMMITTEE_DECISION = "organizing-committee-decision";

  /** The codes of the required documents, in order. */
  public List<String> requiredCodes() {
    return documents.stream().filter(Document::required).map(Document::code).toList();
  }

  /**
   * One document of a submission.
   *
   * @param code the store's code ({@code conference_document.code}), kebab-case, at most 60 characters
   * @param title its name (Vietnamese)
   * @param required whether the submission cannot be sent without it (absent in the file: true; never null)
   */
  public record Document(
      @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z][a-z0-9]*(-[a-z0-9]+)*",
          message = "must be kebab-case (a-z, 0-9, -)") String code,
      @NotBlank @Size(max = 200) String title,
      @JsonProperty(defaultValue = "true") Boolean required) {

    public Document {
      required = required == null || required;
    }
  }

  /** Who receives a submission. */
  public enum RecipientKind {
    /** The standing office of the council above the unit (Thường trực Hội đồng TĐKT cấp trên, qua Phòng Nội vụ). */
    STANDING_OFFICE,
    /** The council above the unit (Hội đồng TĐKT cấp trên), the one that reviews its dossier. */
    UPPER_COUNCIL,
    /** An office the plan names, outside the councils (e.g. "Sở Nội vụ tỉnh Lạng Sơn"). */
    NAMED_OFFICE
  }

  /**
   * The recipient.
   *
   * @param kind which office
   * @param name the office's name; required for {@link RecipientKind#NAMED_OFFICE}, not given for the others (their
   *     name is the upper unit's)
   */
  public record Recipient(@NotNull RecipientKind kind, @Size(max = 200) String name) {

    /**
     * The recipient's name as the task shows it: "Thường trực Hội đồng TĐKT Huyện Bình Sơn", "Hội đồng TĐKT Huyện Bình
     * Sơn", or the named office.
     *
     * @param upperUnitName the name of the unit above the conference's unit
     */
    public String describe(String upperUnitName) {
      return switch (kind) {
        case STANDING_OFFICE -> "Thường trực Hội đồng Thi đua - Khen thưởng " + upperUnitName;
        case UPPER_COUNCIL -> "Hội đồng Thi đua - Khen thưởng " + upperUnitName;
        case NAMED_OFFICE -> name;
      };
    }
  }

  /** The steps of a conference a due date may count from ({@link AfterStep}). */
  public enum Step {
    /** The day the conference was scheduled (its date and form recorded and checked against the plan). */
    SCHEDULED,
    /** The date of the decision establishing the organizing committee (needs {@code organizingCommittee}). */
    ORGANIZING_COMMITTEE
  }

  /**
   * A due date counted after a step of the conference.
   *
   * @param step the step
   * @param days calendar days after the step's day; the due day is that day, inclusive
   */
  public record AfterStep(@NotNull Step step, @NotNull @PositiveOrZero Integer days) {}

  /**
   * When a submission is due: exactly one of a fixed date, calendar days before the conference, working days before
   * the conference (weekends, public holidays and Tết skipped), or calendar days after a step. A fixed date that lies
   * before the day the unit's task starts is still the due date: the unit is late from the start (escalated once, no
   * reminder).
   *
   * @param fixedDate the last day, inclusive
   * @param daysBeforeConference calendar days before the conference day
   * @param workingDaysBeforeConference working days before the conference day
   * @param daysAfterStep calendar days after a step
   */
  public record Due(
      LocalDate fixedDate,
      @PositiveOrZero Integer daysBeforeConference,
      @PositiveOrZero Integer workingDaysBeforeConference,
      @Valid AfterStep daysAfterStep) {

    /** How many of the four forms are given (1 in a valid plan). */
    public int given() {
      return (fixedDate != null ? 1 : 0) + (daysBeforeConference != null ? 1 : 0)
          + (workingDaysBeforeConference != null ? 1 : 0) + (daysAfterStep != null ? 1 : 0);
    }

    /**
     * The due day (inclusive).
     *
     * @param conferenceDate the conference's scheduled day
     * @param stepDay the day of {@link #daysAfterStep}'s step, or null when it has not happened (then: null)
     * @throws vn.thiduaflow.calendar.CalendarYearMissingException when a working-day count reaches a year without
     *     configured holidays
     */
    public LocalDate dueFor(LocalDate conferenceDate, LocalDate stepDay, WorkingCalendar calendar) {
      if (daysAfterStep != null) {
        return stepDay == null ? null : stepDay.plusDays(daysAfterStep.days());
      }
      return DeadlineRule.of(daysBeforeConference, workingDaysBeforeConference, fixedDate, true, "-")
          .deadlineFor(conferenceDate, calendar);
    }

    /** How it is counted, in Vietnamese: "ngày ấn định 15/02/2025", "20 ngày trước ngày hội nghị", … */
    public String describe() {
      if (fixedDate != null) {
        return "ngày ấn định trong Kế hoạch";
      }
      if (daysBeforeConference != null) {
        return daysBeforeConference + " ngày trước ngày hội nghị";
      }
      if (workingDaysBeforeConference != null) {
        return workingDaysBeforeConference + " ngày làm việc trước ngày hội nghị";
      }
      return daysAfterStep.days() + " ngày sau " + (daysAfterStep.step() == Step.SCHEDULED
          ? "ngày lên lịch hội nghị" : "ngày Quyết định thành lập Ban Tổ chức");
    }
  }
}
