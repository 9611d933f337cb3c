package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Plenary or delegate conference, decided by staff count (people).
 *
 * @param plenaryBelowStaff a unit with fewer staff than this holds a plenary conference; at or above, a delegate
 *     conference
 * @param clause source clause
 */
public record AttendanceRule(@Positive int plenaryBelowStaff, @NotBlank String clause) {}
