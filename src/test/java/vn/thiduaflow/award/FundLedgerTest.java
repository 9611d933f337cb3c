package vn.thiduaflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.award.DecisionIssuer.Recipient;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.system.InvalidInputException;

/**
 * The fund of a unit's year and the award money of a decision (issue 24): exactly the balance passes, one đồng over is
 * refused naming the shortfall; no income recorded is "not checked"; an issued decision stores each recipient's
 * amount and its total and spends it from the fund once.
 */
@ThiDuaFlowSpringTest
class FundLedgerTest {

  @Autowired FundLedger fund;
  @Autowired DecisionIssuer issuer;

  private static String unit() {
    return "F" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void exactlyTheBalancePassesAndOneDongOverIsRefusedNamingTheShortfall() {
    String unit = unit();
    assertThat(fund.check(unit, 2025, 1, null).outcome()).as("no income recorded")
        .isEqualTo(FundLedger.Outcome.NOT_CHECKED);
    assertThat(fund.check(unit, 2025, 1, null).text()).startsWith("Chưa kiểm tra quỹ: chưa có số liệu thu");
    fund.recordIncome("fundIncome", unit, 2025, 5_000_000, "Dự toán ngân sách xã 2025", "INCOME:" + unit, "ketoan");
    fund.recordSpending(unit, 2025, 2_000_000, "Hội trường", "BUDGET:" + unit, "chutich");
    assertThat(fund.balance(unit, 2025).balance()).isEqualTo(3_000_000);
    assertThat(fund.require("decidedOn", unit, 2025, 3_000_000, null).outcome()).isEqualTo(FundLedger.Outcome.PASSED);
    FundLedger.Check over = fund.check(unit, 2025, 3_000_001, null);
    assertThat(over.outcome()).isEqualTo(FundLedger.Outcome.SHORTFALL);
    assertThat(over.shortfall()).isEqualTo(1);
    assertThatThrownBy(() -> fund.require("decidedOn", unit, 2025, 3_000_001, null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).sentences())
            .contains("cần 3.000.001 đồng, số dư năm 2025 còn 3.000.000 đồng, thiếu 1 đồng"));
    assertThat(fund.check(unit, 2024, 1, null).outcome()).as("another year has no record")
        .isEqualTo(FundLedger.Outcome.NOT_CHECKED);
    // re-sending a payment replaces it: it is not counted against itself
    assertThat(fund.check(unit, 2025, 5_000_000, "BUDGET:" + unit).outcome()).isEqualTo(FundLedger.Outcome.PASSED);
    fund.recordSpending(unit, 2025, 2_500_000, "Hội trường", "BUDGET:" + unit, "chutich");
    assertThat(fund.balance(unit, 2025).spending()).isEqualTo(2_500_000);
  }

  @Test
  void anIssuedDecisionStatesItsTotalAndSpendsItFromTheFundOnce() {
    String unit = unit();
    fund.recordIncome("fundIncome", unit, 2025, 10_000_000, "Dự toán ngân sách xã 2025", "INCOME:" + unit, "kt");
    CommendationDecision d = issuer.issue(DecisionIssuerTest.request(unit, LocalDate.of(2025, 3, 20), List.of(
        DecisionIssuerTest.person("Nguyễn Thị Hoa", 1980),
        new Recipient(NomineeKind.COLLECTIVE, "Tổ dân phố 3", null, null, null, null))), "office");
    assertThat(d.getBaseSalary()).isEqualTo(2_340_000);
    assertThat(d.getBaseSalarySource()).isEqualTo("Nghị định 73/2024/NĐ-CP");
    assertThat(d.getAwardMoneyTotal()).as("710,000 + 1,410,000").isEqualTo(2_120_000);
    assertThat(issuer.awardMoneyOf(d.getId()).values()).containsExactlyInAnyOrder(710_000L, 1_410_000L);
    assertThat(fund.entry("DECISION:" + d.getId()).orElseThrow().getAmount()).isEqualTo(2_120_000);
    assertThat(fund.balance(unit, 2025).balance()).isEqualTo(7_880_000);
  }

  @Test
  void theDecisionsDocxStatesEachAmountAndTheTotal() throws Exception {
    byte[] docx = vn.thiduaflow.document.CommendationDecisionDocument.write(
        new vn.thiduaflow.document.CommendationDecisionDocument.DecisionText(List.of("UBND XÃ BÌNH AN"), "3/QĐ-UBND",
            "Bình An", LocalDate.of(2025, 3, 20), "khen thưởng", "CHỦ TỊCH UBND XÃ BÌNH AN", List.of("Căn cứ …;"),
            "Giấy khen của Chủ tịch Ủy ban nhân dân xã", List.of(List.of("Nguyễn Thị Hoa", "Giáo viên", "Xuất sắc"),
                List.of("Tổ dân phố 3", "Bình An", "Xuất sắc")), List.of("CHỦ TỊCH", "", "Trần Văn Bình"),
            List.of(710_000L, 1_410_000L), "mức lương cơ sở 2.340.000 đồng theo Nghị định 73/2024/NĐ-CP"));
    try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
        var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("tổng số tiền thưởng: 2.120.000 đồng")
          .contains("Nghị định 73/2024/NĐ-CP").contains("710.000 đồng").contains("1.410.000 đồng")
          .contains("Tổng cộng");
    }
  }
}
