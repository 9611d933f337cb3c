package vn.thiduaflow.sample;

import java.util.List;
import java.util.OptionalInt;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NomineeSource;
import vn.thiduaflow.system.DataProfiles;
import vn.thiduaflow.unit.AdministrativeUnit;

/**
 * GENERATED SAMPLE DATA: a conference opens with the unit's sample nominees ({@link SampleData#nominees}) and sample
 * staff count ({@link SampleData#staffCount}), all marked sample. Only in the profiles {@value DataProfiles#SAMPLE}.
 */
@Component
@Profile(DataProfiles.SAMPLE)
class SampleNomineeSource implements NomineeSource {

  private final SampleData sample;

  SampleNomineeSource(SampleData sample) {
    this.sample = sample;
  }

  @Override
  public List<Nomination> initialNominees(Long conferenceId, AdministrativeUnit unit, int periodEndYear) {
    return sample.nominees(unit, periodEndYear).stream()
        .map(n -> new Nomination(conferenceId, n.name(), n.kind(), n.title(), n.recognizedYear(), n.source(), true))
        .toList();
  }

  @Override
  public OptionalInt staffCount(AdministrativeUnit unit) {
    return OptionalInt.of(sample.staffCount(unit));
  }
}
