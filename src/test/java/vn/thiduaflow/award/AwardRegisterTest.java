package vn.thiduaflow.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.nomination.NomineeKind;

/**
 * Looking up the award register: names without accents or case, unit and award by a part, a period whose both ends
 * are included, newest first, pages capped at {@value AwardRegister#MAX_PAGE}; a person's history by name and birth
 * year.
 */
@ThiDuaFlowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwardRegisterTest {

  @Autowired AwardRegister register;
  @Autowired AwardRecordRepository records;

  private final String unit = "U" + UUID.randomUUID().toString().substring(0, 6);

  private AwardRecord row(String name, Integer birthYear, String award, LocalDate on) {
    return new AwardRecord(NomineeKind.INDIVIDUAL, name, birthYear, "Trường Tiểu học Bình An " + unit, unit, award,
        "COMMUNE", "7/QĐ-UBND", on, AwardRecord.Source.IMPORT, "test", LocalDateTime.of(2025, 1, 1, 8, 0));
  }

  @BeforeAll
  void register() {
    List<AwardRecord> rows = new ArrayList<>();
    rows.add(row("Nguyễn Văn Ánh", 1980, "Chiến sĩ thi đua cơ sở", LocalDate.of(2020, 1, 1)));
    rows.add(row("Nguyễn Văn Ánh", 1980, "Giấy khen của Chủ tịch UBND xã", LocalDate.of(2025, 12, 31)));
    rows.add(row("Nguyễn Văn Ánh", 1991, "Lao động tiên tiến", LocalDate.of(2023, 6, 1)));
    rows.add(row("Trần Thị Đào", null, "Lao động tiên tiến", LocalDate.of(2019, 12, 31)));
    for (int i = 0; i < AwardRegister.MAX_PAGE + 5; i++) {
      rows.add(row("Người mẫu " + i, 1990, "Lao động tiên tiến", LocalDate.of(2024, 1, 1)));
    }
    records.saveAll(rows);
  }

  private List<String> found(AwardQuery q) {
    return register.search(q, PageRequest.of(0, 50)).map(r -> r.getRecipientName() + "/" + r.getDecidedOn())
        .getContent();
  }

  @Test
  void aNameIsFoundAsPeopleTypeIt() {
    assertThat(found(new AwardQuery("nguyen van anh", unit, null, null, null, null, null)))
        .containsExactly("Nguyễn Văn Ánh/2025-12-31", "Nguyễn Văn Ánh/2023-06-01", "Nguyễn Văn Ánh/2020-01-01");
    assertThat(found(new AwardQuery("TRAN  THI DAO", unit, null, null, null, null, null)))
        .containsExactly("Trần Thị Đào/2019-12-31");
  }

  @Test
  void thePeriodIncludesBothEnds() {
    AwardQuery q2020to2025 = new AwardQuery("Nguyễn Văn Ánh", unit, null, null, LocalDate.of(2020, 1, 1),
        LocalDate.of(2025, 12, 31), null);
    assertThat(found(q2020to2025)).hasSize(3);
    AwardQuery dayAfterStart = new AwardQuery("Nguyễn Văn Ánh", unit, null, null, LocalDate.of(2020, 1, 2),
        LocalDate.of(2025, 12, 30), null);
    assertThat(found(dayAfterStart)).containsExactly("Nguyễn Văn Ánh/2023-06-01");
  }

  @Test
  void unitAndAwardAreFoundByAPart() {
    assertThat(found(new AwardQuery(null, null, "tieu hoc binh an " + unit.toLowerCase(), "chien si", null, null,
        null))).containsExactly("Nguyễn Văn Ánh/2020-01-01");
  }

  @Test
  void aPageHoldsAtMostTheCap() {
    var page = register.search(new AwardQuery("nguoi mau", unit, null, null, null, null, null),
        PageRequest.of(0, 10_000));
    assertThat(page.getContent()).hasSize(AwardRegister.MAX_PAGE);
    assertThat(page.getTotalElements()).isEqualTo(AwardRegister.MAX_PAGE + 5);
  }

  @Test
  void aPersonsHistoryKeepsTheirBirthYearApart() {
    assertThat(register.historyOf("Nguyễn Văn Ánh", 1980)).extracting(AwardRecord::getAward)
        .containsExactly("Giấy khen của Chủ tịch UBND xã", "Chiến sĩ thi đua cơ sở");
    assertThat(register.historyOf("nguyễn văn ánh", null)).hasSize(3);
  }
}
