package vn.thiduaflow.submission;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A line of a budget estimate (table {@code budget_estimate_line}, V24): its item, what it is and its VND. */
@Entity
public class BudgetEstimateLine {

  /** The estimate's items as the seed plans list them (002 §III, 001 §IV.3: hội trường, tài liệu, giấy khen …). */
  public enum Kind {
    VENUE("Hội trường"), DOCUMENTS("Tài liệu"), CERTIFICATES("Giấy khen và khung"), AWARD_MONEY("Tiền thưởng"),
    OTHER("Khoản khác");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private int lineOrder;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  private String description;
  private long amount;

  protected BudgetEstimateLine() {}

  BudgetEstimateLine(Long conferenceId, int lineOrder, Kind kind, String description, long amount) {
    this.conferenceId = conferenceId;
    this.lineOrder = lineOrder;
    this.kind = kind;
    this.description = description;
    this.amount = amount;
  }

  public Long getId() { return id; }
  public Long getConferenceId() { return conferenceId; }
  public int getLineOrder() { return lineOrder; }
  public Kind getKind() { return kind; }
  public String getDescription() { return description; }
  public long getAmount() { return amount; }
}
