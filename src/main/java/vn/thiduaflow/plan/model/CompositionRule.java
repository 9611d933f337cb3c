package vn.thiduaflow.plan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Delegate composition: exemplar delegates vs guests and leaders, how the plan states the share, and the balances it
 * asks the composition to respect (issue 22). In a plan file:
 * <pre>
 * composition:
 *   exemplarSharePercent: 70
 *   guestSharePercent: 30
 *   clause: "§II.2.2: ĐHTT chiếm 70%; khách mời và lãnh đạo 30%"
 *   share: APPROXIMATE        # "khoảng 70%"; absent: MINIMUM ("chiếm 70%", "ít nhất 70%")
 *   tolerancePoints: 5        # APPROXIMATE only; absent: the workflow's default of 5, marked as not the plan's
 *   balanceCriteria:
 *     - { code: WOMEN, label: "Đại biểu nữ", clause: "§II.2.2: chú trọng lựa chọn … đại biểu nữ" }
 * </pre>
 * Checked by {@code PlanReader}: the two shares add up to 100; a tolerance only on an APPROXIMATE share and below it;
 * each criterion once.
 *
 * @param exemplarSharePercent the plan's exemplar share, percent of all delegates: the least share for
 *     {@link ShareKind#MINIMUM}, the centre of the allowed band for {@link ShareKind#APPROXIMATE}
 * @param guestSharePercent guests and leaders, the rest (percent)
 * @param clause source clause
 * @param share how the plan states the share; absent in the file: MINIMUM (so files written before issue 22 keep
 *     their meaning); never null after construction
 * @param tolerancePoints APPROXIMATE only: percentage points either side of the share, inclusive (0 ≤ tolerance &lt;
 *     share); absent: {@value #DEFAULT_TOLERANCE_POINTS}, the workflow's default ({@code toleranceStatedInPlan}
 *     false). Given on a MINIMUM share it stays as given and PlanReader refuses it
 * @param toleranceStatedInPlan APPROXIMATE only: whether the plan itself states the tolerance; absent: true when the
 *     file gives {@code tolerancePoints}, false when the default applies
 * @param balanceCriteria the balances the plan asks for (sector, locality, ethnicity, religion, women, youth, direct
 *     workers), in plan order, each attested by the standing office at the composition step; never null after
 *     construction (absent: none)
 */
public record CompositionRule(
    @Min(1) @Max(100) int exemplarSharePercent, @Min(0) @Max(99) int guestSharePercent, @NotBlank String clause,
    ShareKind share, @PositiveOrZero Integer tolerancePoints, Boolean toleranceStatedInPlan,
    List<@NotNull @Valid BalanceCriterionRule> balanceCriteria) {

  /** Percentage points either side of an approximate share when the plan states none: the workflow's default. */
  public static final int DEFAULT_TOLERANCE_POINTS = 5;
  /** Why the default tolerance applies, shown with it. */
  public static final String DEFAULT_TOLERANCE_CLAUSE = "Kế hoạch không nêu mức sai lệch của tỷ lệ \"khoảng\"; "
      + "mặc định của hệ thống: ±" + DEFAULT_TOLERANCE_POINTS + " điểm phần trăm";

  public CompositionRule {
    share = share == null ? ShareKind.MINIMUM : share;
    if (share == ShareKind.APPROXIMATE && tolerancePoints == null && !Boolean.TRUE.equals(toleranceStatedInPlan)) {
      tolerancePoints = DEFAULT_TOLERANCE_POINTS;
      toleranceStatedInPlan = false;
    } else if (share == ShareKind.APPROXIMATE && toleranceStatedInPlan == null) {
      toleranceStatedInPlan = true;
    }
    balanceCriteria = balanceCriteria == null ? List.of() : java.util.Collections.unmodifiableList(
        new java.util.ArrayList<>(balanceCriteria)); // may hold nulls until validated (List.copyOf would throw)
  }

  /** A minimum share with no balance criteria (the rule as files wrote it before issue 22). */
  public CompositionRule(int exemplarSharePercent, int guestSharePercent, String clause) {
    this(exemplarSharePercent, guestSharePercent, clause, ShareKind.MINIMUM, null, null, null);
  }

  /** Whether the share is approximate ("khoảng 70%") rather than a minimum. */
  public boolean approximate() {
    return share == ShareKind.APPROXIMATE;
  }

  /** The lowest exemplar share that passes (percent, inclusive): the share, or share − tolerance. */
  public int lowestPercent() {
    return approximate() ? exemplarSharePercent - tolerancePoints : exemplarSharePercent;
  }

  /** The highest exemplar share that passes (percent, inclusive): 100 for a minimum, else share + tolerance (≤ 100). */
  public int highestPercent() {
    return approximate() ? Math.min(100, exemplarSharePercent + tolerancePoints) : 100;
  }

  /** Whether the plan itself states the tolerance of an approximate share (false: the workflow's default). */
  public boolean toleranceStated() {
    return !approximate() || Boolean.TRUE.equals(toleranceStatedInPlan);
  }

  /** What is required, in Vietnamese: "tối thiểu 70%", "khoảng 70% (±5 điểm)". */
  public String describeVi() {
    return approximate() ? "khoảng " + exemplarSharePercent + "% (±" + tolerancePoints + " điểm)"
        : "tối thiểu " + exemplarSharePercent + "%";
  }

  /** What is required, in English: "at least 70%", "about 70% (±5 points: 65–75%)". */
  public String describe() {
    return approximate() ? "about " + exemplarSharePercent + "% (±" + tolerancePoints + " points: " + lowestPercent()
        + "–" + highestPercent() + "%)" : "at least " + exemplarSharePercent + "%";
  }

  /** How a plan states its exemplar share. */
  public enum ShareKind {
    /** At least the share ("chiếm 70%", "ít nhất 70%"): exactly the share passes. */
    MINIMUM,
    /** About the share ("khoảng 70%"): within ± the tolerance, both ends included. */
    APPROXIMATE
  }
}
