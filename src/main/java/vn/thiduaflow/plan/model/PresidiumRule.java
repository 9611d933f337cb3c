package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * Presidium (Đoàn Chủ tịch): either a size range with an exemplar fraction, or "chaired by N" leaders.
 *
 * @param minSize fewest members (people)
 * @param maxSize most members (people)
 * @param exemplarFraction least fraction of heroes, emulation fighters and exemplars, written "1/3"
 * @param chairedBy exact number of chairing leaders when the plan says "chaired by N" instead
 * @param omittableForStagedFormats the presidium may be omitted when the conference uses a staged format
 * @param clause source clause
 * @param appliesTo for the plan's top-level rule: which conferences it binds where a tier states none of its own;
 *     absent: {@link PresidiumScope#EVERY_TIER}; ignored on a tier's own rule
 */
public record PresidiumRule(
    @Positive Integer minSize,
    @Positive Integer maxSize,
    @Pattern(regexp = "[1-9][0-9]*/[1-9][0-9]*", message = "must be a fraction like 1/3") String exemplarFraction,
    @Positive Integer chairedBy,
    boolean omittableForStagedFormats,
    @NotBlank String clause,
    PresidiumScope appliesTo) {

  public PresidiumRule {
    appliesTo = appliesTo == null ? PresidiumScope.EVERY_TIER : appliesTo;
  }

  /** A rule for every tier. */
  public PresidiumRule(Integer minSize, Integer maxSize, String exemplarFraction, Integer chairedBy,
      boolean omittableForStagedFormats, String clause) {
    this(minSize, maxSize, exemplarFraction, chairedBy, omittableForStagedFormats, clause, null);
  }

  /** Numerator of {@link #exemplarFraction}, 0 when none. */
  public int fractionNumerator() {
    return exemplarFraction == null ? 0 : Integer.parseInt(exemplarFraction.split("/")[0]);
  }

  /** Denominator of {@link #exemplarFraction}, 1 when none. */
  public int fractionDenominator() {
    return exemplarFraction == null ? 1 : Integer.parseInt(exemplarFraction.split("/")[1]);
  }
}
