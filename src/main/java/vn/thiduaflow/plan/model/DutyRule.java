package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One duty of the plan's division of work (Tổ chức thực hiện / Phân công trách nhiệm, issue 22): who does what for
 * which conferences, by when, under which clause. Every seed plan ends with one: the culture officer runs the
 * publicity, the finance officer prepares the budget estimate, the office clerk the five-year report (Văn Yên §III.2,
 * 27/KH-UBND §IV, 172/KH-UBND §IV.3, KH TP Lạng Sơn §IV). Each duty becomes a Tasklist task of its holder's group at
 * the unit whose conference it serves, opened once that conference is scheduled, with a due date, a reminder the plan's
 * reminder lead before it and one escalation at it (as {@link SubmissionRule}s); the holder reports it done with a short
 * note. Plan file:
 * <pre>
 * duties:
 *   - code: publicity
 *     title: "Tuyên truyền về Hội nghị điển hình tiên tiến (trước, trong và sau Hội nghị)"
 *     holder: { role: CULTURE_OFFICER }     # or { unit: "31870" }: a unit of the plan's hierarchy, its head
 *     for: OWN                              # OWN | LOWER | [COMMUNE, AGENCY] ({@link UnitScope})
 *     due: { daysBeforeConference: 0 }      # the {@link SubmissionRule.Due} shape: fixedDate | daysBeforeConference
 *                                           # | workingDaysBeforeConference | daysAfterStep: { step, days }
 *     clause: "§IV.3"
 * </pre>
 * {@code PlanReader} checks the codes (unique, kebab-case), that the holder is exactly one of a role or a unit, that a
 * role is held at the conference's unit (not {@link CouncilRole#UPPER_COUNCIL}), that a unit is the issuer or a unit of
 * the plan's hierarchy that holds a conference (so it has people), exactly one due form, a fixed date not before the
 * plan was issued, and that a due date counted from the organizing committee's decision has a committee in the plan.
 *
 * @param code stable code, kebab-case, at most 50 characters, unique among the plan's duties
 * @param title what is to be done, as the plan words it (Vietnamese, at most 300 characters); the task reads the title
 * @param holder who does it
 * @param appliesTo which conferences it serves (file key {@code for})
 * @param due when it must be done (the last day, inclusive)
 * @param clause the clause of the plan that assigns it
 */
public record DutyRule(
    @NotBlank @Size(max = 50) @Pattern(regexp = "[a-z][a-z0-9]*(-[a-z0-9]+)*", message = "must be kebab-case (a-z, 0-9, -)")
    String code,
    @NotBlank @Size(max = 300) String title,
    @NotNull @Valid Holder holder,
    @JsonProperty("for") @NotNull UnitScope appliesTo,
    @NotNull @Valid SubmissionRule.Due due,
    @NotBlank String clause) {

  /**
   * Who holds a duty: exactly one of a role of the unit whose conference the duty serves, or a named unit of the plan's
   * hierarchy (its head, {@link CouncilRole#UNIT_HEAD}, e.g. a school preparing an art performance).
   *
   * @param role a {@link CouncilRole}: a council role or an officer role ({@link CouncilRole#CULTURE_OFFICER},
   *     {@link CouncilRole#FINANCE_OFFICER}, {@link CouncilRole#OFFICE_CLERK}); null when {@code unit} is given
   * @param unit the code of a unit of the plan's hierarchy (an administrative unit or one of the plan's
   *     organizations); null when {@code role} is given
   */
  public record Holder(CouncilRole role, @Size(max = 40) String unit) {

    /** How many of the two are given (1 in a valid plan). */
    public int given() {
      return (role != null ? 1 : 0) + (unit != null && !unit.isBlank() ? 1 : 0);
    }

    /**
     * The candidate group of the duty's task.
     *
     * @param conferenceUnitCode the code of the unit whose conference the duty serves
     */
    public String groupId(String conferenceUnitCode) {
      return role != null ? role.groupId(conferenceUnitCode) : CouncilRole.UNIT_HEAD.groupId(unit);
    }
  }
}
