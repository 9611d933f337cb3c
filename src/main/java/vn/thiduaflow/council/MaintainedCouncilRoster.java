package vn.thiduaflow.council;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.thiduaflow.system.DataProfiles;
import vn.thiduaflow.unit.AdministrativeUnit;

/**
 * The production roster: councils are data their units maintain ({@link CouncilService}), so opening a campaign creates
 * no person. Active in every profile except {@value DataProfiles#SAMPLE}.
 */
@Component
@Profile(DataProfiles.REAL)
class MaintainedCouncilRoster implements CouncilRoster {

  /** Nothing to create: the unit's council is what its office entered (possibly none yet). */
  @Override
  public void prepare(AdministrativeUnit unit) {
    // the council task (UserTask_MaintainCouncil) asks the office for it before the vote when it is missing
  }
}
