package vn.thiduaflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.unit.UnitLevel;

/**
 * Dates in documents follow Decree 30/2020 (leading zeros: "ngày 06 tháng 01 năm 2025"), and the sheets people read
 * name the conference by its unit and day, never by its internal id.
 */
class DocumentDatesAndNamesTest {

  @Test
  void theDateLineHasLeadingZerosForDaysBelowTenAndTheFirstTwoMonths() {
    assertThat(AdministrativeDocument.inWords(LocalDate.of(2025, 1, 6))).isEqualTo("ngày 06 tháng 01 năm 2025");
    assertThat(AdministrativeDocument.inWords(LocalDate.of(2025, 3, 15))).isEqualTo("ngày 15 tháng 3 năm 2025");
    assertThat(AdministrativeDocument.inWords(LocalDate.of(2025, 2, 9))).isEqualTo("ngày 09 tháng 02 năm 2025");
  }

  @Test
  void theNomineeSheetsNameTheConferenceByUnitAndDayNotById() throws Exception {
    Conference c = new Conference(1L, Tier.LOWER, "21064", "Xã Bình An", UnitLevel.COMMUNE, "2106", "Huyện X",
        false, 120);
    ReflectionTestUtils.setField(c, "id", 4242L);
    assertThat(NomineeWorkbook.named(c)).isEqualTo("Xã Bình An");
    ReflectionTestUtils.setField(c, "scheduledOn", LocalDate.of(2025, 3, 7));
    assertThat(NomineeWorkbook.named(c)).isEqualTo("Xã Bình An — hội nghị ngày 07/03/2025");

    NomineeWorkbook workbook = new NomineeWorkbook();
    for (byte[] file : List.of(workbook.template(c, List.of()), workbook.list(c, List.of()))) {
      try (var wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
        List<String> texts = new ArrayList<>();
        for (Row row : wb.getSheetAt(0)) {
          for (Cell cell : row) {
            texts.add(cell.toString());
          }
        }
        assertThat(texts).contains("Xã Bình An — hội nghị ngày 07/03/2025");
        assertThat(String.join(" ", texts)).doesNotContain("4242");
      }
    }
  }
}
