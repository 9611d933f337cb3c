package vn.thiduaflow.award;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/**
 * An entry of a unit's emulation & commendation fund (quỹ thi đua, khen thưởng; table {@code fund_entry}, V24) in a
 * year: income or spending in VND, what it is ({@code source}) and a reference that makes it written once.
 */
@Entity
public class FundEntry {

  /** Income into the fund or spending from it. */
  public enum Kind { INCOME, SPENDING }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String unitCode;
  private int fundYear;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  private long amount;
  private String source;
  private String reference;
  private String recordedBy;
  private LocalDateTime recordedAt;

  protected FundEntry() {}

  FundEntry(String unitCode, int fundYear, Kind kind, String reference) {
    this.unitCode = unitCode;
    this.fundYear = fundYear;
    this.kind = kind;
    this.reference = reference;
  }

  void set(long amount, String source, String recordedBy, LocalDateTime recordedAt) {
    this.amount = amount;
    this.source = source;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public String getUnitCode() { return unitCode; }
  public int getFundYear() { return fundYear; }
  public Kind getKind() { return kind; }
  public long getAmount() { return amount; }
  public String getSource() { return source; }
  public String getReference() { return reference; }
  public String getRecordedBy() { return recordedBy; }
  public LocalDateTime getRecordedAt() { return recordedAt; }
}
