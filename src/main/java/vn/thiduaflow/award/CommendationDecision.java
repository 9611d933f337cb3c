package vn.thiduaflow.award;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A commendation decision (Quyết định khen thưởng; table {@code commendation_decision}, V21) with the number the
 * authority's register gave it ({@link DecisionRegister}), its symbol ("15/QĐ-UBND", Decree 30/2020/NĐ-CP, Appendix
 * I: number / abbreviation of the document type - abbreviation of the issuing authority), the day it was signed and
 * the award form it grants, the award money it pays in total (V24, {@link AwardMoneyCalculator}); its recipients
 * are the award register's rows with its id.
 */
@Entity
public class CommendationDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String authorityCode;
  private String authorityName;
  private int decisionYear;
  private int number;
  private String symbol;
  private LocalDate decidedOn;
  private String awardForm;
  private String awardLabel;
  private Long campaignId;
  private Long conferenceId;
  private String signerTitle;
  private String signerName;
  private String registeredBy;
  private LocalDateTime registeredAt;
  private Long baseSalary;
  private String baseSalarySource;
  private Long awardMoneyTotal;

  protected CommendationDecision() {}

  CommendationDecision(DecisionIssuer.DecisionRequest request, int number, String registeredBy,
      LocalDateTime registeredAt) {
    this.authorityCode = request.authorityCode();
    this.authorityName = request.authorityName();
    this.decisionYear = request.decidedOn().getYear();
    this.number = number;
    this.symbol = number + "/" + request.symbolSuffix();
    this.decidedOn = request.decidedOn();
    this.awardForm = request.awardForm();
    this.awardLabel = request.awardLabel();
    this.campaignId = request.campaignId();
    this.conferenceId = request.conferenceId();
    this.signerTitle = request.signerTitle();
    this.signerName = request.signerName();
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
  }

  /** Records what the decision pays (V24): the base salary in force on its date and the recipients' total, VND. */
  void awardMoney(long baseSalary, String baseSalarySource, long total) {
    this.baseSalary = baseSalary;
    this.baseSalarySource = baseSalarySource;
    this.awardMoneyTotal = total;
  }

  public Long getId() { return id; }
  public String getAuthorityCode() { return authorityCode; }
  public String getAuthorityName() { return authorityName; }
  public int getDecisionYear() { return decisionYear; }
  public int getNumber() { return number; }
  public String getSymbol() { return symbol; }
  public LocalDate getDecidedOn() { return decidedOn; }
  public String getAwardForm() { return awardForm; }
  public String getAwardLabel() { return awardLabel; }
  public Long getCampaignId() { return campaignId; }
  public Long getConferenceId() { return conferenceId; }
  public String getSignerTitle() { return signerTitle; }
  public String getSignerName() { return signerName; }
  public String getRegisteredBy() { return registeredBy; }
  public LocalDateTime getRegisteredAt() { return registeredAt; }
  /** The base salary in force on the decision's date (VND a month); null when no award money was computed. */
  public Long getBaseSalary() { return baseSalary; }
  public String getBaseSalarySource() { return baseSalarySource; }
  /** The recipients' award money, VND; null when the award form has no configured coefficient. */
  public Long getAwardMoneyTotal() { return awardMoneyTotal; }
}
