package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * The units below the issuer that hold conferences.
 *
 * @param allChildren every unit directly below the issuer in the unit list
 * @param unitCodes an explicit list of unit codes (children of the issuer)
 */
public record UnitSelection(boolean allChildren, List<@NotBlank String> unitCodes) {
  public UnitSelection {
    unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
  }
}
