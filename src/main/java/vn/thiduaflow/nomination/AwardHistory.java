package vn.thiduaflow.nomination;

import java.time.LocalDate;
import java.util.List;

/**
 * The awards a nominee already holds, as the award register (sổ khen thưởng) records them: decisions issued in this
 * system and rows imported from earlier years. A port of the nomination feature, implemented by the award feature
 * (which depends on nominations, so the nomination feature cannot call it directly).
 */
public interface AwardHistory {

  /**
   * The awards recorded for a recipient, newest decision first: the same name (compared without accents, case or
   * double spaces) at the same unit — the unit code where the record has one, else the unit's name, one containing
   * the other ("xã Bình An" matches "Ủy ban nhân dân xã Bình An").
   *
   * @param name the nominee's name as the list gives it
   * @param unitCode the nominee's unit (its unit of origin, else the conference's unit); may be null
   * @param unitName that unit's name; may be null
   * @return the awards, possibly empty; never null
   */
  List<PastAward> awardsOf(String name, String unitCode, String unitName);

  /**
   * One recorded award.
   *
   * @param award the title or award form as granted
   * @param decisionSymbol the decision's number and symbol ("15/QĐ-UBND")
   * @param decidedOn the decision's date
   */
  record PastAward(String award, String decisionSymbol, LocalDate decidedOn) {}
}
