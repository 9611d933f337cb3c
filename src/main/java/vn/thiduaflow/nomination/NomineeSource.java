package vn.thiduaflow.nomination;

import java.util.List;
import vn.thiduaflow.unit.AdministrativeUnit;

/**
 * The nominees a unit's conference starts with when it opens ({@code ConferenceScheduling.open}). In production
 * ({@link EnteredNomineeSource}) none: the unit secretary enters them in the nominations task's form or uploads the
 * XLSX template. The demo, the simulation, the tests and the benchmarks start with generated nominees
 * ({@code vn.thiduaflow.sample}, profiles {@value vn.thiduaflow.system.DataProfiles#SAMPLE}).
 */
public interface NomineeSource {

  /**
   * The nominees of a newly opened conference, not yet saved.
   *
   * @param conferenceId the conference they belong to
   * @param periodEndYear the last year of the plan's window (calendar year), for years recognized
   */
  List<Nomination> initialNominees(Long conferenceId, AdministrativeUnit unit, int periodEndYear);

  /**
   * The unit's staff (people) when a source knows it; empty when the unit must enter it in the schedule form
   * ({@code staffCount}), which is the case in production: the administrative-unit lists carry no staff counts.
   */
  java.util.OptionalInt staffCount(AdministrativeUnit unit);
}
