package vn.thiduaflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.award.DecisionIssuer.DecisionRequest;
import vn.thiduaflow.award.DecisionIssuer.Recipient;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.system.InvalidInputException;

/**
 * Issuing a commendation decision: its number from the authority's register and its symbol, its recipients in the
 * award register; a refused request takes no number and writes nothing, with every problem named at once.
 */
@ThiDuaFlowSpringTest
class DecisionIssuerTest {

  @Autowired DecisionIssuer issuer;
  @Autowired DecisionRegister register;
  @Autowired AwardRegister awards;

  static DecisionRequest request(String authority, LocalDate on, List<Recipient> recipients) {
    return new DecisionRequest(authority, "Ủy ban nhân dân xã Bình An", "QĐ-UBND", on, "GIAY_KHEN_CHU_TICH_XA",
        "Giấy khen của Chủ tịch Ủy ban nhân dân xã", "COMMUNE", null, null, "CHỦ TỊCH", "Trần Văn Bình", recipients);
  }

  static Recipient person(String name, int birthYear) {
    return new Recipient(NomineeKind.INDIVIDUAL, name, birthYear, "Trường Tiểu học Bình An", null, null);
  }

  @Test
  void aDecisionTakesTheNextNumberAndRecordsItsRecipients() {
    String a = "A" + UUID.randomUUID().toString().substring(0, 8);
    LocalDate on = LocalDate.of(2025, 3, 20);
    CommendationDecision first = issuer.issue(request(a, on, List.of(person("Nguyễn Thị Hoa", 1980),
        new Recipient(NomineeKind.COLLECTIVE, "Tổ dân phố 3", 1990, null, null, null))), "standing.office");
    CommendationDecision second = issuer.issue(request(a, on, List.of(person("Lê Văn Nam", 1975))), "standing.office");
    assertThat(first.getNumber()).isEqualTo(1);
    assertThat(first.getSymbol()).isEqualTo("1/QĐ-UBND");
    assertThat(second.getSymbol()).isEqualTo("2/QĐ-UBND");
    assertThat(issuer.recipientsOf(first.getId())).extracting(AwardRecord::getRecipientName, AwardRecord::getBirthYear,
        AwardRecord::getDecisionSymbol, AwardRecord::getDecidedOn)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Nguyễn Thị Hoa", 1980, "1/QĐ-UBND", on),
            org.assertj.core.groups.Tuple.tuple("Tổ dân phố 3", null, "1/QĐ-UBND", on));
    assertThat(awards.search(new AwardQuery("nguyen thi hoa", null, null, null, on, on, 1980), PageRequest.of(0, 10)))
        .extracting(AwardRecord::getAward).contains("Giấy khen của Chủ tịch Ủy ban nhân dân xã");
  }

  @Test
  void aRefusedRequestNamesEveryProblemTakesNoNumberAndWritesNothing() {
    String a = "R" + UUID.randomUUID().toString().substring(0, 8);
    String tooLong = "N".repeat(DecisionIssuer.MAX_NAME + 1);
    DecisionRequest bad = new DecisionRequest(a, "Ủy ban nhân dân xã Bình An", "QĐ-UBND", LocalDate.of(2025, 3, 20),
        "GIAY_KHEN_CHU_TICH_XA", "Giấy khen", "COMMUNE", null, null, "CHỦ TỊCH", " ",
        List.of(person("Nguyễn Văn Đúng", 1980), person(tooLong, 1980), person("Phạm Thị Lan", 2026)));
    assertThatThrownBy(() -> issuer.issue(bad, "standing.office")).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::field)
            .containsExactly("signerName", "recipients[1].name", "recipients[2].birthYear"));
    assertThat(register.last(a, 2025)).isZero();
    assertThat(awards.search(new AwardQuery("Nguyễn Văn Đúng", null, null, null, null, null, null),
        PageRequest.of(0, 10))).isEmpty();
  }

  @Test
  void aNameOfExactlyTheLongestLengthAndTheLargestDecisionAreAccepted() {
    String a = "M" + UUID.randomUUID().toString().substring(0, 8);
    List<Recipient> most = new ArrayList<>();
    most.add(person("Đ".repeat(DecisionIssuer.MAX_NAME), 1980));
    for (int i = 1; i < DecisionIssuer.MAX_RECIPIENTS; i++) {
      most.add(person("Người thứ " + i, 1980));
    }
    CommendationDecision d = issuer.issue(request(a, LocalDate.of(2025, 1, 1), most), "standing.office");
    assertThat(issuer.recipientsOf(d.getId())).hasSize(DecisionIssuer.MAX_RECIPIENTS);
    most.add(person("Một người quá số", 1980));
    assertThatThrownBy(() -> issuer.issue(request(a, LocalDate.of(2025, 1, 1), most), "standing.office"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(InvalidInputException.Violation::field).containsExactly("recipients"));
    assertThat(register.last(a, 2025)).isEqualTo(1);
  }
}
