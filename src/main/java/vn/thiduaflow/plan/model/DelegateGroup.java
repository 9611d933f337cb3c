package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * One delegate group of a congress, e.g. { code: HEROIC_MOTHERS, label: "Bà mẹ Việt Nam anh hùng", count: 20 }.
 *
 * @param code stable code, UPPER_SNAKE_CASE, unique in the congress
 * @param label the group's name as the plan writes it (Vietnamese)
 * @param count people in the group
 * @param guests true for a group of guests (khách mời: leaders, press), false for official delegates
 * @param clause the clause that names it
 */
public record DelegateGroup(
    @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE") String code,
    @NotBlank @jakarta.validation.constraints.Size(max = 200) String label,
    @Positive int count,
    boolean guests,
    @NotBlank String clause) {}
