package vn.thiduaflow.award;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * A lookup in the award register; every criterion is optional and they all apply together.
 *
 * @param name a part of the recipient's name, compared without accents or case ("nguyen van" finds "Nguyễn Văn An")
 * @param unitCode the recipient's unit code, exactly
 * @param unitName a part of the recipient's unit name, compared as {@code name}
 * @param award a part of the title or award form, compared as {@code name}
 * @param from first day of the decisions' period, inclusive
 * @param to last day of the decisions' period, inclusive
 * @param birthYear the person's birth year, exactly (collectives have none)
 */
public record AwardQuery(String name, String unitCode, String unitName, String award, LocalDate from, LocalDate to,
    Integer birthYear) {

  /** Everything recorded for a recipient: name (as a whole, without accents or case) and, when known, birth year. */
  public static AwardQuery recipient(String name, Integer birthYear) {
    return new AwardQuery(name, null, null, null, null, null, birthYear);
  }

  /**
   * The query as a JPA specification: name, unit and award parts as {@code like} on the stored keys, so the
   * database's collation does not matter.
   */
  public Specification<AwardRecord> specification() {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (blank(name) != null) {
        where.add(cb.like(root.get("nameKey"), "%" + escape(RecipientNames.key(name)) + "%", '\\'));
      }
      if (blank(unitCode) != null) {
        where.add(cb.equal(root.get("unitCode"), unitCode.strip()));
      }
      if (blank(unitName) != null) {
        where.add(cb.like(root.get("unitKey"), "%" + escape(RecipientNames.key(unitName)) + "%", '\\'));
      }
      if (blank(award) != null) {
        where.add(cb.like(root.get("awardKey"), "%" + escape(RecipientNames.key(award)) + "%", '\\'));
      }
      if (from != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("decidedOn"), from));
      }
      if (to != null) {
        where.add(cb.lessThanOrEqualTo(root.get("decidedOn"), to));
      }
      if (birthYear != null) {
        where.add(cb.equal(root.get("birthYear"), birthYear));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
