package vn.thiduaflow.plan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * Rules for one tier of conferences.
 *
 * @param clause the clause these rules come from
 * @param units for the lower tier: which units hold conferences ({@code all-children} or a list of codes)
 * @param forms conference forms the tier may choose
 * @param window dates the conference must fall within (inclusive)
 * @param duration how long the conference lasts
 * @param attendance plenary conference below a staff count, delegate conference above; null when not stated
 * @param delegateCap most delegates (people) at the conference (for a tier with attendance rule: at a delegate
 *     conference)
 * @param composition exemplar share vs guests and leaders (percent); null when not stated
 * @param edition "Lần thứ …" of the conference (Roman numeral) when the plan states it
 * @param delegation fixed numbers of official and guest delegates and of delegations (the national congress);
 *     null when not stated
 * @param presidium this tier's own presidium rule, instead of the plan's ({@link Plan#presidiumFor}); null: the
 *     plan's where it applies to every tier
 * @param officialName this tier's own official-name templates, instead of the plan's ({@link Plan#officialNameFor})
 * @param deadlines this tier's own deadlines, each instead of the plan's ({@link Plan#nominationDeadlineFor},
 *     {@link Plan#dossierDeadlineFor}, {@link Plan#councilVoteFor}, {@link Plan#resultsReportFor}); null: the plan's
 * @param relativeTo outside events of the plan ({@link Plan#outsideEvents()}) this tier's conferences must be held
 *     strictly before or strictly after, each with its clause; never null (absent: empty)
 */
public record TierRules(
    @NotBlank String clause,
    @Valid UnitSelection units,
    @NotEmpty List<@NotNull ConferenceForm> forms,
    @NotNull @Valid DateWindow window,
    @NotNull ConferenceDuration duration,
    @Valid AttendanceRule attendance,
    @NotNull @Valid Cap delegateCap,
    @Valid CompositionRule composition,
    @Pattern(regexp = "[IVXLC]+", message = "must be a Roman numeral (I, II, … X)") String edition,
    @Valid DelegationRule delegation,
    @Valid PresidiumRule presidium,
    @Valid OfficialNameRule officialName,
    @Valid TierDeadlines deadlines,
    List<OutsideEvent.@NotNull @Valid Relation> relativeTo) {

  public TierRules {
    relativeTo = relativeTo == null ? List.of() : java.util.Collections.unmodifiableList(
        new java.util.ArrayList<>(relativeTo)); // may hold nulls until validated (List.copyOf would throw)
  }

  /** Rules without a presidium, names or deadlines of the tier's own (the plan's apply). */
  public TierRules(String clause, UnitSelection units, List<ConferenceForm> forms, DateWindow window,
      ConferenceDuration duration, AttendanceRule attendance, Cap delegateCap, CompositionRule composition,
      String edition, DelegationRule delegation) {
    this(clause, units, forms, window, duration, attendance, delegateCap, composition, edition, delegation, null, null,
        null, null);
  }
}
