package vn.thiduaflow.conference;

import jakarta.validation.Validation;
import vn.thiduaflow.plan.PlanReader;
import vn.thiduaflow.unit.UnitDirectory;

/** A plan reader without Spring for unit tests outside the plan package. */
final class PlanTestSupport {

  private PlanTestSupport() {}

  static final UnitDirectory UNITS = new UnitDirectory();

  static PlanReader reader() {
    return new PlanReader(Validation.buildDefaultValidatorFactory().getValidator(), UNITS);
  }
}
