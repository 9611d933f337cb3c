package vn.thiduaflow.award;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.nomination.AwardHistory;

/**
 * The nomination feature's view of the award register ({@link AwardHistory}): a nominee's awards by name key and
 * unit, from this system's decisions and the imported years alike.
 */
@Component
class RegisterAwardHistory implements AwardHistory {

  private final AwardRecordRepository awards;

  RegisterAwardHistory(AwardRecordRepository awards) {
    this.awards = awards;
  }

  @Override
  @Transactional(readOnly = true)
  public List<PastAward> awardsOf(String name, String unitCode, String unitName) {
    String nameKey = RecipientNames.key(name);
    if (nameKey.isEmpty()) {
      return List.of();
    }
    String unitKey = RecipientNames.key(unitName);
    return awards.findAll((root, query, cb) -> cb.equal(root.get("nameKey"), nameKey),
            Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.desc("id"))).stream()
        .filter(r -> sameUnit(r, unitCode, unitKey))
        .map(r -> new PastAward(r.getAward(), r.getDecisionSymbol(), r.getDecidedOn()))
        .toList();
  }

  /** The unit code where both have one; else the unit names' keys, one containing the other. */
  private static boolean sameUnit(AwardRecord r, String unitCode, String unitKey) {
    if (r.getUnitCode() != null && unitCode != null) {
      return r.getUnitCode().equals(unitCode);
    }
    String recordKey = RecipientNames.key(r.getUnitName());
    return !recordKey.isEmpty() && !unitKey.isEmpty() && (recordKey.contains(unitKey) || unitKey.contains(recordKey));
  }
}
