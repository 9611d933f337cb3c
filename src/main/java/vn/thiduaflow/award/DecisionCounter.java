package vn.thiduaflow.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;

/**
 * The last decision number an issuing authority gave in a year (table {@code decision_counter}, V21): numbers run
 * from 1 on 1 January to 31 December per authority (Decree 30/2020/NĐ-CP, Art. 15 and Art. 25). Read and changed only
 * through {@link DecisionRegister}.
 */
@Entity
@IdClass(DecisionCounter.Key.class)
class DecisionCounter {

  /** The primary key: authority and calendar year. */
  record Key(String authorityCode, Integer decisionYear) implements Serializable {
    Key() {
      this(null, null);
    }
  }

  @Id
  private String authorityCode;
  @Id
  private Integer decisionYear;
  @Column(nullable = false)
  private int lastNumber;

  protected DecisionCounter() {}
}
