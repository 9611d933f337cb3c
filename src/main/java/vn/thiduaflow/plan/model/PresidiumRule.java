package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * Presidium (Đoàn Chủ tịch), in one of two forms — which one is read from the fields the file gives
 * ({@link OneFormDeserializer}: a file that gives the fields of neither, or of both, is refused at the rule, together
 * with the file's other problems):
 * <pre>
 * presidium: { minSize: 9, maxSize: 11, exemplarFraction: "1/3", clause: "§III.3.4" }   # a size range
 * presidium: { chairedBy: 3, clause: "§II.4" }                                          # chaired by N leaders
 * </pre>
 * Sizes are numbers of people. Both forms also have {@code omittableForStagedFormats}, {@code clause} and
 * {@code appliesTo}. The accessors of the other form's fields ({@link #chairedBy()} of a size range) return null.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({@JsonSubTypes.Type(PresidiumRule.SizeRange.class), @JsonSubTypes.Type(PresidiumRule.ChairedBy.class)})
@JsonDeserialize(using = OneFormDeserializer.class)
public sealed interface PresidiumRule permits PresidiumRule.SizeRange, PresidiumRule.ChairedBy {

  /** The presidium may be omitted when the conference uses a staged format. */
  boolean omittableForStagedFormats();

  /** The source clause. */
  String clause();

  /**
   * For the plan's top-level rule: which conferences it binds where a tier states none of its own (absent:
   * {@link PresidiumScope#EVERY_TIER}; never null after construction); ignored on a tier's own rule.
   */
  PresidiumScope appliesTo();

  /** Fewest members (people) of a size range; null when chaired by N. */
  default Integer minSize() {
    return null;
  }

  /** Most members (people) of a size range; null when chaired by N. */
  default Integer maxSize() {
    return null;
  }

  /** Least fraction of heroes, emulation fighters and exemplars of a size range, written "1/3"; null when none. */
  default String exemplarFraction() {
    return null;
  }

  /** Exact number of chairing leaders when the plan says "chaired by N"; null for a size range. */
  default Integer chairedBy() {
    return null;
  }

  /** Numerator of {@link #exemplarFraction}, 0 when none. */
  default int fractionNumerator() {
    return exemplarFraction() == null ? 0 : Integer.parseInt(exemplarFraction().split("/")[0]);
  }

  /** Denominator of {@link #exemplarFraction}, 1 when none. */
  default int fractionDenominator() {
    return exemplarFraction() == null ? 1 : Integer.parseInt(exemplarFraction().split("/")[1]);
  }

  /** A size range for every tier. */
  static PresidiumRule ofSize(int minSize, int maxSize, String exemplarFraction, boolean omittableForStagedFormats,
      String clause) {
    return new SizeRange(minSize, maxSize, exemplarFraction, omittableForStagedFormats, clause, null);
  }

  /** "Chaired by N" leaders, for every tier, not omittable. */
  static PresidiumRule chairedByLeaders(int leaders, String clause) {
    return new ChairedBy(leaders, false, clause, null);
  }

  /**
   * A size range (Vĩnh Thuận 172/KH-UBND §III.3.4: 9 to 11 people, a third of them heroes, emulation fighters
   * and exemplars). That the fewest is
   * not more than the most, and the fraction at most 1, is checked by the plan reader.
   *
   * @param minSize fewest members (people)
   * @param maxSize most members (people)
   * @param exemplarFraction least fraction of heroes, emulation fighters and exemplars, written "1/3"; optional
   * @param omittableForStagedFormats the presidium may be omitted when the conference uses a staged format
   * @param clause source clause
   * @param appliesTo see {@link PresidiumRule#appliesTo()}
   */
  @JsonDeserialize(using = JsonDeserializer.None.class)
  record SizeRange(
      @NotNull @Positive Integer minSize,
      @NotNull @Positive Integer maxSize,
      @Pattern(regexp = "[1-9][0-9]*/[1-9][0-9]*", message = "must be a fraction like 1/3") String exemplarFraction,
      boolean omittableForStagedFormats,
      @NotBlank String clause,
      PresidiumScope appliesTo) implements PresidiumRule {

    public SizeRange {
      appliesTo = appliesTo == null ? PresidiumScope.EVERY_TIER : appliesTo;
    }
  }

  /**
   * Chaired by exactly N leaders (Bình An 27/KH-UBND §II.4: Party, government and Front, 3 people).
   *
   * @param chairedBy number of chairing leaders
   * @param omittableForStagedFormats the presidium may be omitted when the conference uses a staged format
   * @param clause source clause
   * @param appliesTo see {@link PresidiumRule#appliesTo()}
   */
  @JsonDeserialize(using = JsonDeserializer.None.class)
  record ChairedBy(
      @NotNull @Positive Integer chairedBy,
      boolean omittableForStagedFormats,
      @NotBlank String clause,
      PresidiumScope appliesTo) implements PresidiumRule {

    public ChairedBy {
      appliesTo = appliesTo == null ? PresidiumScope.EVERY_TIER : appliesTo;
    }
  }
}
