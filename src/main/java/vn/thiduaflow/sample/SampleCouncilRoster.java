package vn.thiduaflow.sample;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.council.CouncilMember;
import vn.thiduaflow.council.CouncilMemberRepository;
import vn.thiduaflow.council.CouncilRoster;
import vn.thiduaflow.system.DataProfiles;
import vn.thiduaflow.unit.AdministrativeUnit;

/**
 * GENERATED SAMPLE DATA: the council and office of every unit a campaign opens ({@link SampleData#people}), stored with
 * {@code sample = true}. Only in the profiles {@value DataProfiles#SAMPLE}.
 */
@Component
@Profile(DataProfiles.SAMPLE)
class SampleCouncilRoster implements CouncilRoster {

  private final CouncilMemberRepository members;
  private final SampleData sample;

  SampleCouncilRoster(CouncilMemberRepository members, SampleData sample) {
    this.members = members;
    this.sample = sample;
  }

  /**
   * Creates the unit's sample council and office once. Usernames are {@code <unit slug>.<role>}
   * ("hoangvanthu.chair"); the unit code is appended where the slug is taken.
   */
  @Override
  @Transactional
  public void prepare(AdministrativeUnit unit) {
    if (members.existsByAdminStructureAndUnitCode(unit.structure(), unit.code())) {
      return;
    }
    String slug = SampleData.slug(unit.shortName());
    if (members.existsByUsername(slug + ".chair")) {
      slug = slug + unit.code();
    }
    for (SampleData.Person person : sample.people(unit)) {
      members.save(new CouncilMember(unit.structure(), unit.code(), slug + "." + person.usernameSuffix(),
          person.fullName(), person.role(), true));
    }
  }
}
