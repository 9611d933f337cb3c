package vn.thiduaflow.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import vn.thiduaflow.nomination.NomineeKind;

/** A delegate to the upper-level congress (đại biểu đi dự Đại hội cấp trên), approved at a conference. */
@Entity
public class UpperDelegate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private Long nominationId;
  private String delegateName;
  @Enumerated(EnumType.STRING)
  private NomineeKind kind;
  private String originUnitCode;
  private String originUnitName;
  private String targetUnitName;

  protected UpperDelegate() {}

  public UpperDelegate(Long conferenceId, Long nominationId, String delegateName, NomineeKind kind,
      String originUnitCode, String originUnitName, String targetUnitName) {
    this.conferenceId = conferenceId;
    this.nominationId = nominationId;
    this.delegateName = delegateName;
    this.kind = kind;
    this.originUnitCode = originUnitCode;
    this.originUnitName = originUnitName;
    this.targetUnitName = targetUnitName;
  }

  public Long getConferenceId() { return conferenceId; }
  public Long getId() { return id; }
  public Long getNominationId() { return nominationId; }
  public String getOriginUnitCode() { return originUnitCode; }
  public String getDelegateName() { return delegateName; }
  public NomineeKind getKind() { return kind; }
  public String getOriginUnitName() { return originUnitName; }
  public String getTargetUnitName() { return targetUnitName; }
}
