package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.thiduaflow.unit.UnitLevel;

/**
 * A sector's vertical line (hệ thống dọc): the levels of administrative units below an organization's parent whose
 * sector staff the organization's conference may nominate, e.g. the provincial Department of Health inviting the
 * health staff of its districts and communes.
 *
 * @param levels the administrative levels reached, below the administrative unit the organization belongs to
 *     (DISTRICT, COMMUNE for a provincial department; PROVINCE, DISTRICT, COMMUNE for a ministry's), at least one
 * @param clause the clause of the plan that says so
 */
public record VerticalLine(@NotEmpty List<@NotNull UnitLevel> levels, @NotBlank String clause) {}
