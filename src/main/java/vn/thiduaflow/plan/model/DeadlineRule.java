package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import vn.thiduaflow.calendar.WorkingCalendar;

/**
 * A deadline, in one of three forms — which one is read from the field the file gives ({@link OneFormDeserializer}: a
 * file that gives none, or more than one, is refused at the rule, together with the file's other problems):
 * <pre>
 * nominations: { daysBeforeConference: 15, clause: "§IV.2" }          # calendar days before the conference ("trước
 *                                                                     #   15 ngày")
 * dossier: { workingDaysBeforeConference: 5, clause: "§III.4" }      # working days before it (weekends, public
 *                                                                     #   holidays and Tết skipped, WorkingCalendar)
 * councilVote: { fixedDate: 2020-03-25, clause: "§III.2" }            # a fixed day
 * </pre>
 * Every form also has {@code statedInPlan} (false when the plan does not state the deadline and the value is the
 * workflow's default; absent: true) and {@code clause} (the source clause, or why this value applies when the plan is
 * silent). The deadline day is inclusive. The accessors of the other forms' fields ({@link #fixedDate()} of a
 * calendar-day rule) return null, so that a caller may still ask which form it holds by its field.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({@JsonSubTypes.Type(DeadlineRule.DaysBefore.class),
    @JsonSubTypes.Type(DeadlineRule.WorkingDaysBefore.class), @JsonSubTypes.Type(DeadlineRule.FixedDate.class)})
@JsonDeserialize(using = OneFormDeserializer.class)
public sealed interface DeadlineRule permits DeadlineRule.DaysBefore, DeadlineRule.WorkingDaysBefore,
    DeadlineRule.FixedDate {

  /** False when the plan does not state this deadline and the value is the workflow's default; null: true. */
  Boolean statedInPlan();

  /** The source clause, or why this value applies when the plan is silent. */
  String clause();

  /** Calendar days before the conference date; null in the other forms. */
  default Integer daysBeforeConference() {
    return null;
  }

  /** Working days before the conference date; null in the other forms. */
  default Integer workingDaysBeforeConference() {
    return null;
  }

  /** The fixed deadline day; null in the other forms. */
  default LocalDate fixedDate() {
    return null;
  }

  /**
   * The deadline day (inclusive) for a conference on {@code conferenceDate}: 15 calendar days before 31/3/2025 is
   * 16/3/2025; 5 working days before 7/2/2025 is 24/1/2025 (Tết 25/1–2/2/2025 skipped).
   *
   * @throws vn.thiduaflow.calendar.CalendarYearMissingException when a working-day count reaches a year without
   *     configured holidays
   */
  LocalDate deadlineFor(LocalDate conferenceDate, WorkingCalendar calendar);

  /** How the deadline is counted, in English: "fixed date 2020-03-27", "15 calendar days before the conference". */
  String describe();

  /** {@link #describe()} for a conference on the given day, for rule decisions. */
  default String describe(LocalDate conferenceDate) {
    return fixedDate() != null ? describe() : describe() + " on " + conferenceDate;
  }

  /** Whether the plan itself states this deadline. */
  default boolean stated() {
    return statedInPlan() == null || statedInPlan();
  }

  /** A deadline the plan states, {@code days} calendar days before the conference. */
  static DeadlineRule daysBefore(int days, String clause) {
    return new DaysBefore(days, true, clause);
  }

  /** A deadline the plan states, {@code days} working days before the conference. */
  static DeadlineRule workingDaysBefore(int days, String clause) {
    return new WorkingDaysBefore(days, true, clause);
  }

  /** A deadline the plan states on a fixed day. */
  static DeadlineRule fixed(LocalDate day, String clause) {
    return new FixedDate(day, true, clause);
  }

  /**
   * The deadline of a rule that writes the three fields beside others ({@link DossierRule}, a submission's due date),
   * whose "exactly one" the plan reader checks: a fixed date when given, else working days when given, else calendar
   * days (null when none is given, as the reader refuses).
   */
  static DeadlineRule of(Integer daysBeforeConference, Integer workingDaysBeforeConference, LocalDate fixedDate,
      Boolean statedInPlan, String clause) {
    if (fixedDate != null) {
      return new FixedDate(fixedDate, statedInPlan, clause);
    }
    return workingDaysBeforeConference != null
        ? new WorkingDaysBefore(workingDaysBeforeConference, statedInPlan, clause)
        : new DaysBefore(daysBeforeConference, statedInPlan, clause);
  }

  /**
   * Calendar days before the conference (the plans' "trước 15 ngày"): 15 days before 31/3/2025 is 16/3/2025.
   *
   * @param daysBeforeConference calendar days before the conference date; the deadline is that day, inclusive
   * @param statedInPlan false when the value is the workflow's default; absent: true
   * @param clause source clause, or why this value applies when the plan is silent
   */
  @JsonDeserialize(using = JsonDeserializer.None.class)
  record DaysBefore(@NotNull @PositiveOrZero Integer daysBeforeConference,
      @JsonProperty(defaultValue = "true") Boolean statedInPlan, @NotBlank String clause) implements DeadlineRule {

    @Override
    public LocalDate deadlineFor(LocalDate conferenceDate, WorkingCalendar calendar) {
      return conferenceDate.minusDays(daysBeforeConference);
    }

    @Override
    public String describe() {
      return daysBeforeConference + " calendar days before the conference";
    }
  }

  /**
   * Working days before the conference, counted on the {@link WorkingCalendar} (weekends, public holidays and Tết
   * skipped): 5 working days before 7/2/2025 is 24/1/2025.
   *
   * @param workingDaysBeforeConference working days before the conference date; the deadline is that day, inclusive
   * @param statedInPlan false when the value is the workflow's default; absent: true
   * @param clause source clause, or why this value applies when the plan is silent
   */
  @JsonDeserialize(using = JsonDeserializer.None.class)
  record WorkingDaysBefore(@NotNull @PositiveOrZero Integer workingDaysBeforeConference,
      @JsonProperty(defaultValue = "true") Boolean statedInPlan, @NotBlank String clause) implements DeadlineRule {

    @Override
    public LocalDate deadlineFor(LocalDate conferenceDate, WorkingCalendar calendar) {
      return calendar.plusWorkingDays(conferenceDate, -workingDaysBeforeConference);
    }

    @Override
    public String describe() {
      return workingDaysBeforeConference + " working days before the conference";
    }
  }

  /**
   * A fixed day, whatever the conference date.
   *
   * @param fixedDate the deadline day, inclusive
   * @param statedInPlan false when the value is the workflow's default; absent: true
   * @param clause source clause, or why this value applies when the plan is silent
   */
  @JsonDeserialize(using = JsonDeserializer.None.class)
  record FixedDate(@NotNull LocalDate fixedDate, @JsonProperty(defaultValue = "true") Boolean statedInPlan,
      @NotBlank String clause) implements DeadlineRule {

    @Override
    public LocalDate deadlineFor(LocalDate conferenceDate, WorkingCalendar calendar) {
      return fixedDate;
    }

    @Override
    public String describe() {
      return "fixed date " + fixedDate;
    }
  }
}
