package vn.thiduaflow.plan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import vn.thiduaflow.unit.UnitLevel;

/**
 * An agency, enterprise or emulation block a plan names as a unit.
 *
 * @param code the plan's code for it, UPPER-CASE letters, digits and dashes (never clashes with the numeric
 *     administrative codes)
 * @param name full name (Vietnamese)
 * @param kind {@link UnitLevel#AGENCY}, {@link UnitLevel#ENTERPRISE} or {@link UnitLevel#EMULATION_BLOCK}
 * @param parent code of the unit it reports to: an administrative unit (the issuer or below) or another organization
 * @param sample true when the plan does not name it and it stands for the units the plan describes
 * @param clause source clause
 * @param secondParent code of a second unit it answers to (dual subordination, e.g. a provincial branch of a
 *     ministry under the province and the ministry's own block); null when none. Its people may be nominated at
 *     either parent's conference
 * @param verticalLine the levels below its administrative parent from which it invites delegates of its own sector
 *     (hệ thống dọc: a provincial department's district offices and commune staff); null when none
 */
public record Organization(
    @NotBlank @jakarta.validation.constraints.Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9-]*", message = "must be UPPER-CASE letters, digits and dashes") String code,
    @NotBlank String name,
    @NotNull UnitLevel kind,
    @NotBlank String parent,
    boolean sample,
    @NotBlank String clause,
    String secondParent,
    @Valid VerticalLine verticalLine) {

  /** An organization answering to one parent, without a vertical line. */
  public Organization(String code, String name, UnitLevel kind, String parent, boolean sample, String clause) {
    this(code, name, kind, parent, sample, clause, null, null);
  }
}
