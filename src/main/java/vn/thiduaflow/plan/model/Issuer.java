package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import vn.thiduaflow.unit.AdminStructure;

/**
 * The issuing unit.
 *
 * @param adminStructure which structure of local government the plan is written for
 * @param unitCode the unit's code in the plan's unit list, or the code of one of the plan's {@code organizations}
 *     (issue 22: a ministry or a provincial department issuing the plan of its own agencies and enterprises; the
 *     organization's parent is an administrative unit, the unit above the issuer)
 * @param name the unit's full name, checked against the list (or the organization) so a wrong code is caught
 * @param unitList the id of the unit list the plan was written against (issue 22: a list of a past date, e.g. the
 *     2014 list, {@link vn.thiduaflow.unit.UnitList}); it must belong to {@code adminStructure}. Every unit of the
 *     plan (issuer, lower units, pilots, organizations' parents, nominees' origins, campaigns) is resolved in that
 *     list, by its names of that date. Null (absent): today's list of the structure, as before
 */
public record Issuer(@NotNull AdminStructure adminStructure, @NotBlank String unitCode, @NotBlank String name,
    @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a unit list id (kebab-case)") String unitList) {

  /** An issuer on today's list of its structure. */
  public Issuer(AdminStructure adminStructure, String unitCode, String name) {
    this(adminStructure, unitCode, name, null);
  }
}
