package vn.thiduaflow.nomination;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.PresentationSource;

/**
 * A nominee put forward for a conference (bình xét, giới thiệu): a collective or an individual, the title held, the
 * year a competent authority recognized them and which kind of unit nominated them.
 */
@Entity
public class Nomination {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private String nomineeName;
  @Enumerated(EnumType.STRING)
  private NomineeKind kind;
  @Enumerated(EnumType.STRING)
  private NomineeTitle title;
  private int recognizedYear;
  @Enumerated(EnumType.STRING)
  private PresentationSource source;
  private Boolean eligible;
  private Boolean approved;
  /** Chosen, when the conference was recorded as held, as a delegate to the upper-level congress. */
  private boolean upperDelegate;
  private boolean sample;
  /** For a delegate sent up by a lower conference: the unit it comes from; null for the unit's own nominees. */
  private String originUnitCode;
  private String originUnitName;
  /** The upper-level delegate this nomination was made from, when it came up from a lower conference. */
  private Long fromDelegateId;
  /** Position and unit of an individual (chức vụ, đơn vị công tác), at most 200 characters; null when not given. */
  @jakarta.persistence.Column(name = "nominee_position")
  private String position;
  /** Short achievement summary (tóm tắt thành tích), at most 2,000 characters; null when not given. */
  private String achievementSummary;
  /** The nominee's recognition as the award register shows it; null until the nominations are checked. */
  @Enumerated(EnumType.STRING)
  private RegisterCheck registerCheck;
  /** The awards the register records for the nominee, one line each, newest first; null when none. */
  private String awardHistory;

  protected Nomination() {}

  public Nomination(Long conferenceId, String nomineeName, NomineeKind kind, NomineeTitle title, int recognizedYear,
      PresentationSource source, boolean sample) {
    this.conferenceId = conferenceId;
    this.nomineeName = nomineeName;
    this.kind = kind;
    this.title = title;
    this.recognizedYear = recognizedYear;
    this.source = source;
    this.sample = sample;
  }

  /**
   * A nomination made from a delegate that a lower conference sent up (the unit of origin is kept).
   */
  public static Nomination fromLowerDelegate(Long conferenceId, Long delegateId, Nomination original,
      String originUnitCode, String originUnitName) {
    Nomination n = new Nomination(conferenceId, original.nomineeName, original.kind, original.title,
        original.recognizedYear, original.source, original.sample);
    n.originUnitCode = originUnitCode;
    n.originUnitName = originUnitName;
    n.fromDelegateId = delegateId;
    n.position = original.position;
    n.achievementSummary = original.achievementSummary;
    return n;
  }

  /**
   * What the council reads about the nominee besides the name.
   *
   * @param position position and unit, at most 200 characters, or null
   * @param achievementSummary short achievement summary, at most 2,000 characters, or null
   */
  public void describe(String position, String achievementSummary) {
    this.position = position;
    this.achievementSummary = achievementSummary;
  }

  public String getPosition() { return position; }
  public String getAchievementSummary() { return achievementSummary; }

  public Long getId() { return id; }
  public String getOriginUnitCode() { return originUnitCode; }
  public String getOriginUnitName() { return originUnitName; }
  public Long getConferenceId() { return conferenceId; }
  public String getNomineeName() { return nomineeName; }
  public NomineeKind getKind() { return kind; }
  public NomineeTitle getTitle() { return title; }
  public int getRecognizedYear() { return recognizedYear; }
  public PresentationSource getSource() { return source; }
  public Boolean getEligible() { return eligible; }
  public Boolean getApproved() { return approved; }
  public boolean isUpperDelegate() { return upperDelegate; }

  /** Marks this approved nominee as chosen (or not) to attend the upper-level congress. */
  public void chooseAsUpperDelegate(boolean chosen) { this.upperDelegate = chosen; }
  public boolean isSample() { return sample; }

  public Long getFromDelegateId() { return fromDelegateId; }

  public void setEligible(boolean eligible) { this.eligible = eligible; }

  /** The unit the nominee works in, when the list names one (a unit at or below the nominating unit). */
  public void setOrigin(String unitCode, String unitName) {
    this.originUnitCode = unitCode;
    this.originUnitName = unitName;
  }
  public void setApproved(boolean approved) { this.approved = approved; }

  /**
   * Records what the award register says of the nominee.
   *
   * @param check the result against the plan's period (null when the plan states none)
   * @param history the register's awards of the nominee, one per line, at most 2,000 characters; null when none
   */
  public void checkedAgainstRegister(RegisterCheck check, String history) {
    this.registerCheck = check;
    this.awardHistory = history == null || history.length() <= 2000 ? history : history.substring(0, 1999) + "…";
  }

  public RegisterCheck getRegisterCheck() { return registerCheck; }
  public String getAwardHistory() { return awardHistory; }
}
