package vn.thiduaflow.award;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award register (sổ khen thưởng): looks up the awards granted — by this system's decisions
 * ({@link DecisionIssuer}) and imported from earlier years — by name, unit, award and period, newest first.
 */
@Service
@Transactional(readOnly = true)
public class AwardRegister {

  /** The largest page a lookup answers (rows). */
  public static final int MAX_PAGE = 200;

  private final AwardRecordRepository awards;

  AwardRegister(AwardRecordRepository awards) {
    this.awards = awards;
  }

  /**
   * One page of the records matching the query, newest decision first.
   *
   * @param page the page asked for; its size is capped at {@value #MAX_PAGE}
   */
  public Page<AwardRecord> search(AwardQuery query, Pageable page) {
    Pageable bounded = org.springframework.data.domain.PageRequest.of(page.getPageNumber(),
        Math.min(Math.max(page.getPageSize(), 1), MAX_PAGE),
        Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.desc("id")));
    return awards.findAll(query.specification(), bounded);
  }

  /**
   * One page of the records matching the query among the records of some units only (the units a caller may read,
   * {@link AwardAccess#readable}), newest decision first.
   *
   * @param unitCodes the units whose records may be answered; null for every unit (an administrator); empty answers
   *     an empty page
   * @param page the page asked for; its size is capped at {@value #MAX_PAGE}
   */
  public Page<AwardRecord> searchWithin(AwardQuery query, java.util.Collection<String> unitCodes, Pageable page) {
    if (unitCodes == null) {
      return search(query, page);
    }
    Pageable bounded = org.springframework.data.domain.PageRequest.of(page.getPageNumber(),
        Math.min(Math.max(page.getPageSize(), 1), MAX_PAGE),
        Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.desc("id")));
    if (unitCodes.isEmpty()) {
      return Page.empty(bounded);
    }
    org.springframework.data.jpa.domain.Specification<AwardRecord> within =
        (root, q, cb) -> root.get("unitCode").in(unitCodes);
    return awards.findAll(query.specification().and(within), bounded);
  }

  /**
   * A recipient's whole history, newest first: the records with the same name (without accents or case) and, when
   * the birth year is given, the same birth year or none recorded.
   */
  public List<AwardRecord> historyOf(String name, Integer birthYear) {
    AwardQuery byName = AwardQuery.recipient(name, null);
    return awards.findAll(byName.specification(), Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.desc("id")))
        .stream()
        .filter(r -> RecipientNames.key(r.getRecipientName()).equals(RecipientNames.key(name)))
        .filter(r -> birthYear == null || r.getBirthYear() == null || birthYear.equals(r.getBirthYear()))
        .toList();
  }

  /** Whether the register holds any record at all (the eligibility check says "not checked" otherwise). */
  public boolean hasData() {
    return awards.count() > 0;
  }
}
