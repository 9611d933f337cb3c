package vn.thiduaflow.nomination;

import java.util.List;
import java.util.OptionalInt;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.thiduaflow.system.DataProfiles;
import vn.thiduaflow.unit.AdministrativeUnit;

/**
 * The production source: a conference opens with no nominee and an unknown staff count; the unit enters both
 * (nominations task, schedule task). Active in every profile except {@value DataProfiles#SAMPLE}.
 */
@Component
@Profile(DataProfiles.REAL)
class EnteredNomineeSource implements NomineeSource {

  /** None: nominees are entered by the unit secretary ({@link NomineeListService}). */
  @Override
  public List<Nomination> initialNominees(Long conferenceId, AdministrativeUnit unit, int periodEndYear) {
    return List.of();
  }

  /** Unknown: the schedule form asks for it. */
  @Override
  public OptionalInt staffCount(AdministrativeUnit unit) {
    return OptionalInt.empty();
  }
}
