package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The period in which a nominee must have been recognized by a competent authority, in one of two forms — which one is
 * read from the fields the file gives (no type field in the file; {@link OneFormDeserializer}: a file that gives the
 * fields of neither, or of both, is refused at the rule, together with the file's other problems):
 * <pre>
 * nomineeEligibility: { recognizedFromYear: 2020, recognizedToYear: 2025, clause: "§II.2.1" }   # fixed years
 * nomineeEligibility: { lookbackYears: 5, clause: "§II.3" }                                    # the last N years
 * </pre>
 * Years are calendar years, both ends inclusive.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({@JsonSubTypes.Type(EligibilityRule.FixedYears.class),
    @JsonSubTypes.Type(EligibilityRule.Lookback.class)})
@JsonDeserialize(using = OneFormDeserializer.class)
public sealed interface EligibilityRule permits EligibilityRule.FixedYears, EligibilityRule.Lookback {

  /** The source clause. */
  String clause();

  /** The first year (inclusive) of the period for a conference held in {@code conferenceYear}. */
  int fromYear(int conferenceYear);

  /** The last year (inclusive) of the period for a conference held in {@code conferenceYear}. */
  int toYear(int conferenceYear);

  /** In Vietnamese, for the nominations task: "được công nhận trong các năm 2020–2025". */
  String describe();

  /**
   * Fixed years (172/KH-UBND §II.2.1: "được cấp có thẩm quyền công nhận trong 5 năm 2020 - 2025"). That the first year
   * is not after the last is checked by the plan reader.
   *
   * @param recognizedFromYear first year (inclusive)
   * @param recognizedToYear last year (inclusive)
   * @param clause source clause
   */
  @JsonDeserialize(using = JsonDeserializer.None.class)
  record FixedYears(@NotNull Integer recognizedFromYear, @NotNull Integer recognizedToYear, @NotBlank String clause)
      implements EligibilityRule {

    @Override
    public int fromYear(int conferenceYear) {
      return recognizedFromYear;
    }

    @Override
    public int toYear(int conferenceYear) {
      return recognizedToYear;
    }

    @Override
    public String describe() {
      return "được công nhận trong các năm " + recognizedFromYear + "–" + recognizedToYear;
    }
  }

  /**
   * The years before the conference year and that year itself (Văn Yên §II.3: "trong 05 năm qua" — 2015–2020 for a
   * 2020 conference).
   *
   * @param lookbackYears how many years back from the conference year
   * @param clause source clause
   */
  @JsonDeserialize(using = JsonDeserializer.None.class)
  record Lookback(@NotNull @Positive Integer lookbackYears, @NotBlank String clause) implements EligibilityRule {

    @Override
    public int fromYear(int conferenceYear) {
      return conferenceYear - lookbackYears;
    }

    @Override
    public int toYear(int conferenceYear) {
      return conferenceYear;
    }

    @Override
    public String describe() {
      return "được công nhận trong " + lookbackYears + " năm gần nhất";
    }
  }
}
