package vn.thiduaflow.sample;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.system.DataProfiles;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitLevel;

/**
 * GENERATED SAMPLE DATA. The real unit lists have no staff counts, council members or nominees; this generates them,
 * deterministically from the unit code (the same unit always gets the same people), and everything it makes is
 * stored with {@code sample = true}. Names are common Vietnamese names, not real people. Only in the profiles
 * {@value DataProfiles#SAMPLE} ({@link SampleCouncilRoster}, {@link SampleNomineeSource}).
 */
@Component
@Profile(DataProfiles.SAMPLE)
public class SampleData {

  private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
      "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
  private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu"};
  private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Linh", "Long",
      "Mai", "Nam", "Nga", "Phong", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Việt", "Yến"};
  private static final String[] COLLECTIVES = {"Tổ dân phố số %d", "Chi hội Phụ nữ thôn %d", "Chi đoàn Thanh niên khu %d",
      "Trường Tiểu học số %d", "Hợp tác xã Nông nghiệp số %d", "Tổ tự quản an ninh trật tự số %d"};

  /**
   * A person of a unit's council or office.
   *
   * @param usernameSuffix role part of the username, e.g. "chair", "member3"
   * @param fullName sample full name
   * @param role the role
   */
  public record Person(String usernameSuffix, String fullName, CouncilRole role) {}

  /**
   * A sample nominee.
   *
   * @param name nominee name (a collective's or a person's)
   * @param kind collective or individual
   * @param title title held
   * @param recognizedYear year recognized by a competent authority
   * @param source which kind of unit nominated them
   */
  public record Nominee(String name, NomineeKind kind, NomineeTitle title, int recognizedYear,
      PresentationSource source) {}

  /**
   * Sample staff count (people) of a unit: communes, enterprises, blocks and a department's grassroots agencies
   * 40–420, so both sides of the 200 and 300 thresholds occur; agencies 150–1,149.
   */
  public int staffCount(AdministrativeUnit unit) {
    Random r = random(unit.code(), 1);
    return switch (unit.level()) {
      case COMMUNE, ENTERPRISE, EMULATION_BLOCK, AGENCY_BELOW -> 40 + r.nextInt(381); // a department's own agencies
      case AGENCY -> 150 + r.nextInt(1000);
      case DISTRICT -> 300 + r.nextInt(700);
      case PROVINCE, NATION -> 2000 + r.nextInt(3000);
    };
  }

  /**
   * The people holding roles for a unit: a council of 7 voting members at commune level and 9 above (chair, vice
   * chair(s), members), one standing-office secretary, the unit head, the unit secretary, the upper-council
   * reviewer (who acts for this unit on the dossiers of the units below it) and the three officers who hold the plans'
   * duties (culture, finance, office clerk; usernames {@code <unit>.culture}, {@code .finance}, {@code .clerk}).
   */
  public List<Person> people(AdministrativeUnit unit) {
    Random r = random(unit.code(), 2);
    boolean small = unit.level() == UnitLevel.COMMUNE || unit.level() == UnitLevel.ENTERPRISE;
    int councilSize = small ? 7 : 9;
    int viceChairs = small ? 1 : 2;
    List<Person> people = new ArrayList<>();
    people.add(new Person("chair", name(r), CouncilRole.CHAIR));
    for (int i = 1; i <= viceChairs; i++) {
      people.add(new Person(viceChairs == 1 ? "vicechair" : "vicechair" + i, name(r), CouncilRole.VICE_CHAIR));
    }
    for (int i = 1; i <= councilSize - 1 - viceChairs; i++) {
      people.add(new Person("member" + i, name(r), CouncilRole.MEMBER));
    }
    people.add(new Person("office", name(r), CouncilRole.STANDING_OFFICE));
    people.add(new Person("head", name(r), CouncilRole.UNIT_HEAD));
    people.add(new Person("secretary", name(r), CouncilRole.UNIT_SECRETARY));
    people.add(new Person("upper", name(r), CouncilRole.UPPER_COUNCIL));
    // the officers the plans' division of work names (issue 22), after the others so their names stay as they were
    people.add(new Person("culture", name(r), CouncilRole.CULTURE_OFFICER));
    people.add(new Person("finance", name(r), CouncilRole.FINANCE_OFFICER));
    people.add(new Person("clerk", name(r), CouncilRole.OFFICE_CLERK));
    return people;
  }

  /**
   * Sample nominees of a unit: 14–24, about a quarter collectives, recognized mostly within the five years before
   * {@code periodEndYear} and a few earlier (so the eligibility rule has something to exclude).
   */
  public List<Nominee> nominees(AdministrativeUnit unit, int periodEndYear) {
    Random r = random(unit.code(), 3);
    int count = 14 + r.nextInt(11);
    List<Nominee> nominees = new ArrayList<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    PresentationSource[] sources = PresentationSource.values();
    for (int i = 0; i < count; i++) {
      boolean collective = i % 4 == 0;
      int year = (i % 9 == 8) ? periodEndYear - 6 - r.nextInt(3) : periodEndYear - r.nextInt(6);
      if (collective) {
        String pattern = COLLECTIVES[r.nextInt(COLLECTIVES.length)];
        int number = 1 + r.nextInt(12);
        while (!taken.add(String.format(pattern, number))) {
          number++; // a list has no two nominees of the same name (NomineeListService): the next number
        }
        String name = String.format(pattern, number);
        nominees.add(new Nominee(name + " (" + unit.shortName() + ")", NomineeKind.COLLECTIVE, NomineeTitle.EXEMPLAR,
            year, i % 8 == 0 ? PresentationSource.RESIDENTIAL_GROUP : PresentationSource.MASS_ORGANIZATION));
      } else {
        NomineeTitle title = switch (r.nextInt(10)) {
          case 0, 1, 2 -> NomineeTitle.EMULATION_FIGHTER;
          case 3, 4 -> NomineeTitle.GOOD_PERSON_GOOD_DEED;
          case 5 -> r.nextInt(20) == 0 ? NomineeTitle.LABOUR_HERO : NomineeTitle.EXEMPLAR;
          default -> NomineeTitle.EXEMPLAR;
        };
        String person = name(r);
        while (!taken.add(person)) {
          person = name(r);
        }
        nominees.add(new Nominee(person, NomineeKind.INDIVIDUAL, title, year, sources[r.nextInt(sources.length)]));
      }
    }
    return nominees;
  }

  /** ASCII, lower-case, no spaces: "Phường Hoàng Văn Thụ" → "hoangvanthu" (for demo usernames). */
  public static String slug(String text) {
    String ascii = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return ascii.toLowerCase().replaceAll("[^a-z0-9]", "");
  }

  private static String name(Random r) {
    return FAMILY[r.nextInt(FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " " + GIVEN[r.nextInt(GIVEN.length)];
  }

  private static Random random(String code, int salt) {
    return new Random(code.hashCode() * 31L + salt);
  }
}
