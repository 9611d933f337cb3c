package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.ProgrammeItem;
import vn.thiduaflow.plan.model.ProgrammeOrder;
import vn.thiduaflow.plan.model.ProgrammeRule;
import vn.thiduaflow.plan.model.ReportingFrequency;
import vn.thiduaflow.plan.model.ScheduleStep;
import vn.thiduaflow.plan.model.Threshold;
import vn.thiduaflow.plan.model.ThresholdComparison;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.unit.AdminStructure;
import vn.thiduaflow.unit.UnitLevel;

class PlanReaderTest {

  private static final String LANG_SON = "lang-son-city-2024.yaml";
  private static final String NATIONAL = "national-11th-congress-2025.yaml";

  @Test
  void readsEveryRuleOfTheVinhThuanPlanWithItsClause() {
    Plan plan = PlanFiles.read("vinh-thuan-172-2024.yaml", PlanFiles.seed("vinh-thuan-172-2024.yaml"));
    assertThat(plan.number()).isEqualTo("172/KH-UBND");
    assertThat(plan.lowerConferences().forms()).hasSize(4);
    assertThat(plan.lowerConferences().attendance().plenaryBelowStaff()).isEqualTo(300);
    assertThat(plan.lowerConferences().delegateCap().value()).isEqualTo(200);
    assertThat(plan.ownConference().delegateCap().value()).isEqualTo(300);
    assertThat(plan.ownConference().window().from()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(plan.ownConference().composition().exemplarSharePercent()).isEqualTo(70);
    assertThat(plan.presidium().minSize()).isEqualTo(9);
    assertThat(plan.presidium().maxSize()).isEqualTo(11);
    assertThat(plan.presidium().exemplarFraction()).isEqualTo("1/3");
    assertThat(plan.presidium().clause()).isEqualTo("§III.3.4");
    assertThat(plan.pilot().name()).isEqualTo("Xã Vĩnh Bình Nam");
    assertThat(plan.pilot().consultUpperCouncil()).isTrue();
    assertThat(plan.reporting().frequency()).isEqualTo(ReportingFrequency.MONTHLY);
    assertThat(plan.programme().itemsFor(ConferenceForm.ADVANCED_EXEMPLAR_CONFERENCE))
        .extracting(ProgrammeItem::code).doesNotContain("FLAG_SALUTE").hasSize(9);
    assertThat(plan.programme().itemsFor(ConferenceForm.PATRIOTIC_EMULATION_CONGRESS)).hasSize(10);
  }

  @Test
  void readsTheFixedDatesAndScheduleOfVanYen() {
    Plan plan = PlanFiles.read("van-yen-2020.yaml", PlanFiles.seed("van-yen-2020.yaml"));
    assertThat(plan.dossier().fixedDate()).isEqualTo(LocalDate.of(2020, 3, 27));
    assertThat(plan.upperQuota().collectives()).isEqualTo(1);
    assertThat(plan.upperQuota().individuals()).isEqualTo(5);
    assertThat(plan.presentations().total()).isEqualTo(5);
    assertThat(plan.schedule()).hasSize(7);
    assertThat(plan.scheduled(ScheduleStep.CONFERENCE).orElseThrow().from()).isEqualTo(LocalDate.of(2020, 3, 31));
  }

  @Test
  void deadlinesTheSeedsDoNotStateTakeMarkedDefaultsAndADatedScheduleGivesTheCouncilVote() {
    Plan binhAn = PlanFiles.read("binh-an-27-2025.yaml", PlanFiles.seed("binh-an-27-2025.yaml"));
    assertThat(binhAn.deadlines().councilVote().daysBeforeConference()).isEqualTo(20);
    assertThat(binhAn.deadlines().councilVote().stated()).isFalse();
    assertThat(binhAn.deadlines().dossierReview().workingDays()).isEqualTo(5);
    assertThat(binhAn.deadlines().resultsReport().workingDays()).isEqualTo(5);
    assertThat(binhAn.deadlines().reminder().workingDays()).isEqualTo(2);
    assertThat(binhAn.deadlines().reminder().clause()).startsWith("Kế hoạch không quy định");
    assertThat(binhAn.reporting().periodic()).isFalse();
    Plan vanYen = PlanFiles.read("van-yen-2020.yaml", PlanFiles.seed("van-yen-2020.yaml"));
    assertThat(vanYen.deadlines().councilVote().fixedDate()).isEqualTo(java.time.LocalDate.of(2020, 3, 25));
    assertThat(vanYen.deadlines().councilVote().clause()).startsWith("Tổ chức thực hiện §1");
    Plan vinhThuan = PlanFiles.read("vinh-thuan-172-2024.yaml", PlanFiles.seed("vinh-thuan-172-2024.yaml"));
    assertThat(vinhThuan.reporting().periodic()).isTrue();
    assertThat(vinhThuan.reporting().reportDay()).isEqualTo(25);
    Plan working = PlanFiles.read(LANG_SON, PlanFiles.seed(LANG_SON).replace("deadlines:\n",
        "deadlines:\n  councilVote: { workingDaysBeforeConference: 10, clause: \"§x\" }\n"
            + "  resultsReport: { days: 7, clause: \"§y\" }\n"));
    // 10 working days before Monday 10/2/2025: the make-up Saturday 8/2, 7/2 … 3/2, over Tết (25/1–2/2), 24/1 … 21/1
    assertThat(working.deadlines().councilVote().deadlineFor(java.time.LocalDate.of(2025, 2, 10),
        new vn.thiduaflow.calendar.WorkingCalendar(""))).isEqualTo(java.time.LocalDate.of(2025, 1, 21));
    assertThat(working.deadlines().resultsReport().days()).isEqualTo(7);
    assertThat(working.deadlines().dossierReview().stated()).isFalse();
  }

  @Test
  void readsBinhAnAndLangSon() {
    Plan binhAn = PlanFiles.read("binh-an-27-2025.yaml", PlanFiles.seed("binh-an-27-2025.yaml"));
    assertThat(binhAn.presidium().chairedBy()).isEqualTo(3);
    assertThat(binhAn.ownConference().composition()).isNull();
    assertThat(binhAn.ownConference().delegateCap().value()).isEqualTo(150);
    Plan langSon = PlanFiles.read(LANG_SON, PlanFiles.seed(LANG_SON));
    assertThat(langSon.dossier().daysBeforeConference()).isEqualTo(15);
    assertThat(langSon.dossier().clause()).isEqualTo("§IV.1");
    assertThat(langSon.lowerConferences().attendance().plenaryBelowStaff()).isEqualTo(200);
    assertThat(langSon.pilot().unitCode()).isEqualTo("05971");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown field            | 'term: \"2025 - 2030\"'                  | 'term: \"2025 - 2030\"\\nterms: x'          | terms       | unknown field 'terms'
      date not a date          | 'from: 2025-01-01, to: 2025-03-31'       | 'from: 2025-13-01, to: 2025-03-31'        | lowerConferences.window.from | not a valid
      unknown form             | 'forms: [ADVANCED_EXEMPLAR_CONFERENCE]' | 'forms: [BIG_PARTY]'                       | ownConference.forms[0] | 'BIG_PARTY' is not one of
      missing clause           | 'clause: \"§IV.1\"'                      | 'clause: \"\"'                             | deadlines.dossier.clause | must not be blank
      wrong unit code          | 'unitCode: \"178\"'                      | 'unitCode: \"999\"'                        | issuer.unitCode | not in the THREE_LEVEL
      pilot not below issuer   | 'unitCode: \"05971\"'                    | 'unitCode: \"18097\"'                      | pilot.unitCode | is not below Thành phố Lạng Sơn
      pilot name mismatch      | 'name: \"Phường Hoàng Văn Thụ\"'         | 'name: \"Phường Hoàng Văn Thu\"'           | pilot.name | does not match
      window reversed          | 'from: 2025-04-01, to: 2025-06-30'       | 'from: 2025-06-30, to: 2025-04-01'        | ownConference.window.to | must not be before from
      shares not 100           | 'exemplarSharePercent: 70\\n    guestSharePercent: 30' | 'exemplarSharePercent: 70\\n    guestSharePercent: 20' | ownConference.composition | must be 100
      both deadline kinds      | 'daysBeforeConference: 15'               | 'daysBeforeConference: 15\\n    fixedDate: 2025-03-01' | deadlines.dossier | exactly one
      unknown placeholder      | '{formLabel} {unit}'                     | '{formLabel} {unitt}'                      | officialName.templates.default | unknown placeholder {unitt}
      negative cap             | 'value: 300, clause: \"§II.2.2: không'   | 'value: -5, clause: \"§II.2.2: không'     | ownConference.delegateCap.value | must be greater than 0
      bad id                   | 'id: lang-son-city-2024'                 | 'id: Lang Son'                             | id | kebab-case
      edition not roman        | 'forms: [ADVANCED_EXEMPLAR_CONFERENCE]' | 'forms: [ADVANCED_EXEMPLAR_CONFERENCE]\\n  edition: \"5\"' | ownConference.edition | Roman numeral
      review in days and working days | 'deadlines:\\n'               | 'deadlines:\\n  dossierReview: { days: 5, workingDays: 5, clause: \"x\" }\\n' | deadlines.dossierReview | exactly one of days or workingDays
      council vote without a count | 'deadlines:\\n'                  | 'deadlines:\\n  councilVote: { clause: \"x\" }\\n' | deadlines.councilVote | give the fields of one form: daysBeforeConference — or workingDaysBeforeConference — or fixedDate (each with statedInPlan, clause)
      negative reminder        | 'deadlines:\\n'                         | 'deadlines:\\n  reminder: { workingDays: -1, clause: \"x\" }\\n' | deadlines.reminder.workingDays | greater than or equal to 0
      unknown deadline         | 'deadlines:\\n'                         | 'deadlines:\\n  reviewTime: { workingDays: 5, clause: \"x\" }\\n' | deadlines.reviewTime | unknown field 'reviewTime'
      vote after the dossier   | 'deadlines:\\n'                         | 'deadlines:\\n  councilVote: { daysBeforeConference: 10, clause: \"x\" }\\n' | deadlines.councilVote | the council would vote after the dossier is due (10 calendar days before the conference vs 15 calendar days
      vote before nominations  | 'deadlines:\\n'                         | 'deadlines:\\n  councilVote: { daysBeforeConference: 31, clause: \"x\" }\\n' | deadlines.councilVote | the council would vote before nominations are due
      report day 31            | 'frequency: PERIODIC'                    | 'frequency: PERIODIC\\n  dayOfMonth: 31'   | reporting.dayOfMonth | less than or equal to 28
      title threshold over 100 | 'comparison: MORE_THAN'                   | 'comparison: MORE_THAN\\n  byTitle:\\n    EMULATION_FIGHTER: { thresholdPercent: 101, comparison: AT_LEAST, clause: \"x\" }' | approval.byTitle[EMULATION_FIGHTER].thresholdPercent | less than or equal to 100
      title threshold unknown  | 'comparison: MORE_THAN'                   | 'comparison: MORE_THAN\\n  byTitle:\\n    SUPERHERO: { thresholdPercent: 90, comparison: AT_LEAST, clause: \"x\" }' | approval.byTitle | SUPERHERO
      """)
  void refusesAWrongPlanNamingTheFileTheFieldAndTheProblem(String name, String from, String to, String field,
      String problem) {
    assertRefused(LANG_SON, from, to, field, problem);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the nation as a level      | 'levels:\\n  PROVINCE:'                 | 'levels:\\n  NATION:'                      | levels.NATION | levels start at PROVINCE
      level selection wrong level| 'PROVINCE:\\n    conference:\\n'          | 'PROVINCE:\\n    conference:\\n      units: { unitCodes: [\"05977\"] }\\n' | levels.PROVINCE.conference.units.unitCodes[0] | is not a PROVINCE unit
      organization is territorial| 'name: \"Bộ Quốc phòng\", kind: AGENCY' | 'name: \"Bộ Quốc phòng\", kind: COMMUNE' | organizations[0].kind | must be AGENCY, ENTERPRISE or EMULATION_BLOCK
      organization parent unknown| 'kind: AGENCY, parent: \"VN\"'         | 'kind: AGENCY, parent: \"XX\"'          | organizations[0].parent | neither an organization of this plan nor in the TWO_LEVEL list
      organization code twice    | 'code: \"TW-BCA\"'                     | 'code: \"TW-BQP\"'                      | organizations[1].code | is used twice
      organization code lowercase| 'code: \"TW-BCA\"'                     | 'code: \"tw-bca\"'                      | organizations[1].code | UPPER-CASE
      delegation above the cap   | 'value: 2223'                            | 'value: 2000'                              | ownConference.delegation | exceed delegateCap
      no delegations             | 'delegations: 105'                       | 'delegations: 0'                           | ownConference.delegation.delegations | must be greater than 0
      both report deadline kinds | 'daysAfterLowerWindow: 7'                | 'daysAfterLowerWindow: 7\\n  fixedDate: 2025-10-01' | lowerReports | exactly one
      unknown level              | 'levels:\\n  PROVINCE:'                 | 'levels:\\n  HAMLET:'                      | levels | 'HAMLET' is not one of
      """)
  void refusesAWrongChainPlanNamingTheFieldAndTheProblem(String name, String from, String to, String field,
      String problem) {
    assertRefused(NATIONAL, from, to, field, problem);
  }

  @Test
  void readsTheNationalCongressFiguresAndTheCascade() {
    Plan national = PlanFiles.read(NATIONAL, PlanFiles.seed(NATIONAL));
    assertThat(national.ownConference().delegateCap().value()).isEqualTo(2223);
    assertThat(national.ownConference().delegation().officialDelegates()).isEqualTo(2025);
    assertThat(national.ownConference().delegation().guestDelegates()).isEqualTo(198);
    assertThat(national.ownConference().delegation().delegations()).isEqualTo(105);
    assertThat(national.ownConference().window().from()).isEqualTo(LocalDate.of(2025, 12, 26));
    assertThat(national.organizations()).hasSize(71).allSatisfy(o -> assertThat(o.parent()).isEqualTo("VN"));
    assertThat(national.levels().keySet()).containsExactlyInAnyOrder(UnitLevel.PROVINCE, UnitLevel.COMMUNE,
        UnitLevel.AGENCY, UnitLevel.ENTERPRISE);
    assertThat(national.levels().get(UnitLevel.COMMUNE).conference().window().to()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(national.levels().get(UnitLevel.PROVINCE).conference().window().to()).isEqualTo(LocalDate.of(2025, 9, 30));
    // 34 provinces + 71 central delegations = the 105 delegations of the 11th congress
    PlanCatalog catalog = new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, "");
    var nation = PlanFiles.UNITS.get(AdminStructure.TWO_LEVEL, "VN");
    assertThat(catalog.lowerUnits(national, nation)).hasSize(105);
  }

  @Test
  void aDistrictPlanThatImplementsTheProvincePlanRunsInItsChainAndOtherDistrictsGetTheDerivedPlan() {
    PlanCatalog catalog = new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, "");
    Plan province = catalog.get("kien-giang-province-2025");
    var vinhThuan = PlanFiles.UNITS.get(AdminStructure.THREE_LEVEL, "910");
    var kienHai = PlanFiles.UNITS.get(AdminStructure.THREE_LEVEL, "912");
    assertThat(catalog.campaignPlanFor(province, province, vinhThuan)).map(Plan::id).hasValue("vinh-thuan-172-2024");
    Plan derived = catalog.campaignPlanFor(province, province, kienHai).orElseThrow();
    assertThat(derived.id()).isEqualTo("kien-giang-province-2025@912");
    assertThat(derived.issuer().name()).isEqualTo("Huyện Kiên Hải");
    assertThat(derived.ownConference().window().from()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(derived.lowerConferences().window().to()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(derived.upperQuota().individuals()).isEqualTo(7);
    assertThat(catalog.get("kien-giang-province-2025@912")).isSameAs(derived);
    // a commune runs no campaign of its own: it has no units below it
    assertThat(catalog.campaignPlanFor(province, derived, PlanFiles.UNITS.get(AdminStructure.THREE_LEVEL, "31108")))
        .isEmpty();
  }

  @Test
  void refusesAPlanThatImplementsAnUnknownPlanOrOneNotAboveIt(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("orphan.yaml"), PlanFiles.seed(LANG_SON)
        .replace("id: lang-son-city-2024", "id: orphan").replace("implements: lang-son-province-2025", "implements: no-such-plan"));
    assertThatThrownBy(() -> new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, dir.toString()))
        .isInstanceOf(PlanFileException.class).hasMessageContaining("orphan.yaml").hasMessageContaining("implements")
        .hasMessageContaining("no plan with id 'no-such-plan'");
    Files.writeString(dir.resolve("orphan.yaml"), PlanFiles.seed(LANG_SON)
        .replace("id: lang-son-city-2024", "id: orphan").replace("implements: lang-son-province-2025", "implements: kien-giang-province-2025"));
    assertThatThrownBy(() -> new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, dir.toString()))
        .isInstanceOf(PlanFileException.class).hasMessageContaining("Thành phố Lạng Sơn is not below Tỉnh Kiên Giang");
  }

  private static void assertRefused(String seed, String from, String to, String field, String problem) {
    String original = PlanFiles.seed(seed);
    String fromText = from.replace("\\n", "\n");
    assertThat(original).as("fixture text present").contains(fromText);
    String broken = original.replaceFirst(java.util.regex.Pattern.quote(fromText),
        java.util.regex.Matcher.quoteReplacement(to.replace("\\n", "\n")));
    assertThatThrownBy(() -> PlanFiles.read("broken.yaml", broken))
        .isInstanceOf(PlanFileException.class)
        .hasMessageContaining("Plan file 'broken.yaml'")
        .satisfies(e -> assertThat(((PlanFileException) e).problems())
            .anySatisfy(p -> {
              assertThat(p.field()).isEqualTo(field);
              assertThat(p.problem()).contains(problem);
            }));
  }

  @Test
  void refusesAnEmptyOrNonYamlFile() {
    assertThatThrownBy(() -> PlanFiles.read("empty.yaml", "")).hasMessageContaining("empty.yaml");
    assertThatThrownBy(() -> PlanFiles.read("bad.yaml", "id: [unclosed"))
        .isInstanceOf(PlanFileException.class).hasMessageContaining("bad.yaml");
  }

  @Test
  void onboardsANewPlanFromAnotherProvinceByWritingOneFile(@TempDir Path dir) throws IOException {
    // A commune of the two-level structure (since 1/7/2025), written from scratch: no code, one file.
    Files.writeString(dir.resolve("phu-quoc-2025.yaml"), """
        id: phu-quoc-2025
        number: "01/KH-UBND"
        issuedOn: 2025-09-01
        title: "Tổ chức Hội nghị điển hình tiên tiến đặc khu Phú Quốc"
        source: "test fixture"
        issuer: { adminStructure: TWO_LEVEL, unitCode: "%s", name: "%s" }
        term: "2025 - 2030"
        ownConference:
          clause: "§II"
          forms: [ADVANCED_EXEMPLAR_CONFERENCE]
          window: { from: 2025-10-01, to: 2025-12-31, clause: "§II.2" }
          duration: HALF_DAY
          delegateCap: { value: 120, clause: "§II.3" }
          composition: { exemplarSharePercent: 75, guestSharePercent: 25, clause: "§II.3" }
        programme:
          clause: "§III"
          items:
            - { code: OPENING, label: "Khai mạc" }
            - { code: CLOSING, label: "Bế mạc" }
        officialName: { clause: "§III", templates: { default: "{formLabel} {unit} — {place}, {day}/{month}/{year}" } }
        dossier: { daysBeforeConference: 10, clause: "§IV.1" }
        nominationDeadline: { daysBeforeConference: 20, clause: "§IV.2" }
        reporting: { frequency: PERIODIC, recipient: "Sở Nội vụ", clause: "§IV" }
        councilVote: { thresholdPercent: 50, comparison: MORE_THAN, clause: "Quy chế" }
        """.formatted(phuQuocCode(), "Đặc khu Phú Quốc"));
    PlanCatalog catalog = new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, dir.toString());
    assertThat(catalog.get("phu-quoc-2025").ownConference().composition().exemplarSharePercent()).isEqualTo(75);
    assertThat(catalog.all()).extracting(Plan::id)
        .contains("vinh-thuan-172-2024", "van-yen-2020", "binh-an-27-2025", "lang-son-city-2024", "phu-quoc-2025");
  }

  @Test
  void refusesTwoPlansWithTheSameId(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("copy.yaml"), PlanFiles.seed(LANG_SON));
    assertThatThrownBy(() -> new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, dir.toString()))
        .isInstanceOf(PlanFileException.class).hasMessageContaining("copy.yaml").hasMessageContaining("already used");
  }

  private static String phuQuocCode() {
    return PlanFiles.UNITS.units(vn.thiduaflow.unit.AdminStructure.TWO_LEVEL).values().stream()
        .filter(u -> u.name().equals("Đặc khu Phú Quốc")).findFirst().orElseThrow().code();
  }

  @Test
  void aPlanMaySetTheCouncilsThresholdPerTitle() {
    Plan plan = PlanFiles.read(LANG_SON, PlanFiles.seed(LANG_SON).replace("  comparison: MORE_THAN\n",
        "  comparison: MORE_THAN\n  byTitle:\n"
            + "    EMULATION_FIGHTER: { thresholdPercent: 80, comparison: AT_LEAST, clause: \"Điều 21\" }\n"
            + "    LABOUR_HERO: { thresholdPercent: 90, comparison: AT_LEAST, clause: \"Điều 58\" }\n"));
    var vote = plan.councilVote();
    assertThat(vote.thresholdFor(vn.thiduaflow.plan.model.NomineeTitle.EMULATION_FIGHTER))
        .isEqualTo(new Threshold(80, ThresholdComparison.AT_LEAST, "Điều 21"));
    assertThat(vote.thresholdFor(vn.thiduaflow.plan.model.NomineeTitle.LABOUR_HERO).thresholdPercent()).isEqualTo(90);
    // a title without its own threshold takes the general one
    assertThat(vote.thresholdFor(vn.thiduaflow.plan.model.NomineeTitle.EXEMPLAR))
        .isEqualTo(new Threshold(50, ThresholdComparison.MORE_THAN, vote.clause()));
  }

  private static final String TRIBUTE = "    - { code: FLORAL_TRIBUTE, label: \"Dâng hoa tại Tượng đài\", beforeSession: true";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ceremony after the session | '    - { code: CLOSING, label: \"Tổng kết và bế mạc\" }' | '    - { code: CLOSING, label: \"Tổng kết và bế mạc\" }\\n@@, clause: \"§II.1\" }' | programme.items[9].beforeSession | is held before the session and must be listed before the session's first item 'FLAG_SALUTE'
      customary without a clause | '    - { code: FLAG_SALUTE, label: \"Chào cờ\" }' | '@@, statedInPlan: false, required: false }\\n    - { code: FLAG_SALUTE, label: \"Chào cờ\" }' | programme.items[0].clause | not stated in the plan (statedInPlan: false): give its own clause
      customary and required     | '    - { code: FLAG_SALUTE, label: \"Chào cờ\" }' | '@@, statedInPlan: false, clause: \"thông lệ\" }\\n    - { code: FLAG_SALUTE, label: \"Chào cờ\" }' | programme.items[0].required | cannot be required: set required: false
      unknown reorder mode       | '  reorder: FIXED '                       | '  reorder: SOMETIMES '                    | programme.reorder | is not one of [FIXED, WITHIN_SESSION, FREE]
      """)
  void refusesAWrongProgrammeNamingTheItem(String name, String from, String to, String field, String problem) {
    assertRefused(LANG_SON, from, to.replace("@@", TRIBUTE), field, problem);
  }

  @Test
  void refusesALevelsProgrammeWithACeremonyAfterTheSessionOrOnlyCeremonies() {
    String level = "  PROVINCE:\n    programme:\n      clause: \"x\"\n      items:\n"
        + "        - { code: OPENING, label: \"Khai mạc\" }\n" + TRIBUTE.replace("    - ", "        - ")
        + ", clause: \"x\" }\n    conference:";
    assertRefused(NATIONAL, "  PROVINCE:\n    conference:", level, "levels.PROVINCE.programme.items[1].beforeSession",
        "must be listed before the session's first item 'OPENING'");
    String onlyCeremonies = "  PROVINCE:\n    programme:\n      clause: \"x\"\n      items:\n"
        + TRIBUTE.replace("    - ", "        - ") + ", clause: \"x\" }\n    conference:";
    assertRefused(NATIONAL, "  PROVINCE:\n    conference:", onlyCeremonies, "levels.PROVINCE.programme.items",
        "the session needs at least one item");
  }

  @Test
  void readsAProgrammeWithCeremoniesOptionalItemsAndAReorderPermission() throws IOException {
    Plan plan = PlanFiles.read("test-programme-binh-hai.yaml",
        Files.readString(Path.of("src/test/resources/plans/test-programme-binh-hai.yaml")));
    ProgrammeRule programme = plan.programme();
    assertThat(programme.reorder()).isEqualTo(ProgrammeOrder.WITHIN_SESSION);
    assertThat(programme.orderClause()).startsWith("Giả định của kiểm thử");
    ProgrammeItem tribute = programme.item("FLORAL_TRIBUTE").orElseThrow();
    assertThat(tribute.beforeSession()).isTrue();
    assertThat(tribute.required()).isFalse();
    assertThat(tribute.statedInPlan()).isFalse();
    assertThat(programme.clauseOf(tribute)).startsWith("Kế hoạch không quy định; theo thông lệ");
    ProgrammeItem opening = programme.item("OPENING").orElseThrow();
    assertThat(opening.beforeSession()).isFalse();
    assertThat(opening.required()).isTrue();
    assertThat(opening.statedInPlan()).isTrue();
    assertThat(programme.clauseOf(opening)).isEqualTo("§II.3");
    // a plan that says nothing keeps the plan's order
    assertThat(PlanFiles.read(LANG_SON, PlanFiles.seed(LANG_SON)).programme().reorder())
        .isEqualTo(ProgrammeOrder.FIXED);
  }

  @Test
  void aLevelsProgrammeIsTheProgrammeOfThatLevelsConferencesOwnAndDerived(@TempDir Path dir) throws IOException {
    String levelProgramme = "  DISTRICT:\n    programme:\n      clause: \"Cấp huyện: chương trình riêng\"\n"
        + "      reorder: FREE\n      items:\n"
        + "        - { code: OPENING, label: \"Khai mạc\" }\n        - { code: CLOSING, label: \"Bế mạc\" }\n"
        + "    conference:";
    String yaml = PlanFiles.seed("kien-giang-province-2025.yaml")
        .replace("id: kien-giang-province-2025", "id: kg-district-programme")
        .replaceFirst("  DISTRICT:\n    conference:", levelProgramme);
    assertThat(yaml).contains("Cấp huyện: chương trình riêng");
    Files.writeString(dir.resolve("kg.yaml"), yaml);
    PlanCatalog catalog = new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, dir.toString());
    Plan province = catalog.get("kg-district-programme");

    assertThat(province.programmeFor(Tier.LOWER, UnitLevel.DISTRICT).clause())
        .isEqualTo("Cấp huyện: chương trình riêng");
    assertThat(province.programmeFor(Tier.LOWER, UnitLevel.COMMUNE)).isSameAs(province.programme());
    assertThat(province.programmeFor(Tier.OWN, UnitLevel.PROVINCE)).isSameAs(province.programme());
    Plan kienHai = catalog.derive(province, PlanFiles.UNITS.get(AdminStructure.THREE_LEVEL, "912"));
    assertThat(kienHai.programmeFor(Tier.OWN, UnitLevel.DISTRICT).reorder()).isEqualTo(ProgrammeOrder.FREE);
    assertThat(kienHai.programmeFor(Tier.LOWER, UnitLevel.COMMUNE)).as("its communes: the plan's")
        .isSameAs(province.programme());
  }
}
