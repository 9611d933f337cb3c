package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * The period in which a nominee must have been recognized by a competent authority.
 *
 * @param recognizedFromYear first year (inclusive)
 * @param recognizedToYear last year (inclusive)
 * @param lookbackYears instead of fixed years: the years before the conference year, inclusive of it
 * @param clause source clause
 */
public record EligibilityRule(
    Integer recognizedFromYear, Integer recognizedToYear, @Positive Integer lookbackYears, @NotBlank String clause) {}
