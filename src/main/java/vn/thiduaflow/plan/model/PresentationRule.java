package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;

/**
 * Planned presentations (báo cáo tham luận).
 *
 * @param total number of presentations
 * @param mix presentations per source; must add up to {@code total}
 * @param clause source clause
 */
public record PresentationRule(
    @Positive int total, @NotEmpty Map<PresentationSource, @NotNull @PositiveOrZero Integer> mix,
    @NotBlank String clause) {}
