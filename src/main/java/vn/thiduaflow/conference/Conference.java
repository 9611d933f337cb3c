package vn.thiduaflow.conference;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.unit.UnitLevel;

/**
 * One unit's conference within a campaign: its schedule, the composition the standing office proposes, the dossier and
 * the outcome. The conference id is the business key of its {@code UnitConference} process instance. Counts are in
 * people; dates are calendar days.
 */
@Entity
public class Conference implements vn.thiduaflow.report.ReportedConference {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long campaignId;
  @Enumerated(EnumType.STRING)
  private Tier tier;
  private String unitCode;
  private String unitName;
  @Enumerated(EnumType.STRING)
  private UnitLevel unitLevel;
  private String upperUnitCode;
  private String upperUnitName;
  private boolean pilot;
  /**
   * True for a campaign's own conference when the campaign has lower units, until their delegates are collected: its
   * nominees are the delegates they send up, so its nominations open only then (message LowerDelegatesCollected,
   * issue 22).
   */
  private boolean awaitsLowerDelegates;
  @Enumerated(EnumType.STRING)
  private ConferenceStatus status;
  @Enumerated(EnumType.STRING)
  private ConferenceForm form;
  private LocalDate scheduledOn;
  private String edition;
  private String venue;
  /** The conference's theme (chủ đề), as the unit gives it in the schedule form; at most 300 characters; null: none. */
  private String theme;
  private Integer staffCount;
  private boolean staffCountSample;
  @Enumerated(EnumType.STRING)
  private AttendanceMode attendanceMode;
  private String officialName;
  private boolean stagedFormat;
  private Integer exemplarDelegates;
  private Integer guestDelegates;
  private Integer presidiumSize;
  private Integer presidiumExemplars;
  private Integer presentationsResidential;
  private Integer presentationsMassOrg;
  private Integer presentationsAgency;
  private Integer presentationsIndividual;
  private Integer upperCollectives;
  private Integer upperIndividuals;
  /** Programme item codes in order, comma-separated. */
  private String programme;
  private int voteRound;
  private LocalDate nominationsSubmittedOn;
  private LocalDate dossierSubmittedOn;
  private LocalDate dossierApprovedOn;
  private Boolean dossierOnTime;
  private String lateDossierReason;
  private LocalDate rescheduledFrom;
  private String rescheduleReason;
  private LocalDate heldOn;
  private Integer attendeeCount;
  private String processInstanceId;
  /** The secretary's note sent with the nominations (nominations form, at most 2,000 characters). */
  private String nominationsNote;
  /** The upper council's opinion on the pilot unit's plan (pilot consultation form, at most 2,000 characters). */
  private String pilotPlanOpinion;

  protected Conference() {}

  public Conference(Long campaignId, Tier tier, String unitCode, String unitName, UnitLevel unitLevel,
      String upperUnitCode, String upperUnitName, boolean pilot, Integer staffCount) {
    this.campaignId = campaignId;
    this.tier = tier;
    this.unitCode = unitCode;
    this.unitName = unitName;
    this.unitLevel = unitLevel;
    this.upperUnitCode = upperUnitCode;
    this.upperUnitName = upperUnitName;
    this.pilot = pilot;
    this.staffCount = staffCount;
    this.staffCountSample = staffCount != null;
    this.status = ConferenceStatus.PLANNED;
    this.voteRound = 0;
  }

  @Override
  public Long getId() { return id; }
  @Override
  public Long getCampaignId() { return campaignId; }
  @Override
  public UnitLevel getUnitLevel() { return unitLevel; }
  public Tier getTier() { return tier; }
  @Override
  public String getUnitCode() { return unitCode; }
  @Override
  public String getUnitName() { return unitName; }
  public String getUpperUnitCode() { return upperUnitCode; }
  @Override
  public String getUpperUnitName() { return upperUnitName; }
  public boolean isPilot() { return pilot; }
  public boolean isAwaitsLowerDelegates() { return awaitsLowerDelegates; }
  void awaitLowerDelegates() { this.awaitsLowerDelegates = true; }
  public ConferenceStatus getStatus() { return status; }
  public ConferenceForm getForm() { return form; }
  public LocalDate getScheduledOn() { return scheduledOn; }
  public String getEdition() { return edition; }
  /** Where the conference is held (địa điểm), at most 200 characters; null: not given (the unit's name stands in). */
  public String getVenue() { return venue; }
  /** The conference's theme (chủ đề), at most 300 characters; null when the unit gave none. */
  public String getTheme() { return theme; }
  /** The unit's staff (people); null until known (production: entered in the schedule form). */
  public Integer getStaffCount() { return staffCount; }
  public boolean isStaffCountSample() { return staffCountSample; }
  public AttendanceMode getAttendanceMode() { return attendanceMode; }
  @Override
  public String getOfficialName() { return officialName; }
  public boolean isStagedFormat() { return stagedFormat; }
  public Integer getExemplarDelegates() { return exemplarDelegates; }
  public Integer getGuestDelegates() { return guestDelegates; }
  public Integer getPresidiumSize() { return presidiumSize; }
  public Integer getPresidiumExemplars() { return presidiumExemplars; }
  public Integer getUpperCollectives() { return upperCollectives; }
  public Integer getUpperIndividuals() { return upperIndividuals; }
  public int getVoteRound() { return voteRound; }
  public LocalDate getNominationsSubmittedOn() { return nominationsSubmittedOn; }
  public LocalDate getDossierSubmittedOn() { return dossierSubmittedOn; }
  public LocalDate getDossierApprovedOn() { return dossierApprovedOn; }
  public Boolean getDossierOnTime() { return dossierOnTime; }
  public String getLateDossierReason() { return lateDossierReason; }
  /** The date before the last reschedule by the standing office or the chair; null when never moved that way. */
  public LocalDate getRescheduledFrom() { return rescheduledFrom; }
  /** Why the conference was last moved. */
  public String getRescheduleReason() { return rescheduleReason; }
  @Override
  public LocalDate getHeldOn() { return heldOn; }
  @Override
  public Integer getAttendeeCount() { return attendeeCount; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getNominationsNote() { return nominationsNote; }
  public String getPilotPlanOpinion() { return pilotPlanOpinion; }
  void setNominationsNote(String note) { this.nominationsNote = note; }
  void setPilotPlanOpinion(String opinion) { this.pilotPlanOpinion = opinion; }

  /** Total delegates (people): exemplars plus guests and leaders; 0 before the composition is proposed. */
  public int totalDelegates() {
    return nullToZero(exemplarDelegates) + nullToZero(guestDelegates);
  }

  /** Planned presentations from a source (people or collectives presenting). */
  public int presentations(PresentationSource source) {
    return nullToZero(switch (source) {
      case RESIDENTIAL_GROUP -> presentationsResidential;
      case MASS_ORGANIZATION -> presentationsMassOrg;
      case AGENCY -> presentationsAgency;
      case INDIVIDUAL -> presentationsIndividual;
    });
  }

  /** Programme item codes, in order. */
  @Override
  public List<String> programmeItems() {
    return programme == null || programme.isBlank() ? List.of() : Arrays.asList(programme.split(","));
  }

  void setStatus(ConferenceStatus status) { this.status = status; }
  void setProcessInstanceId(String id) { this.processInstanceId = id; }

  void schedule(ConferenceForm form, LocalDate scheduledOn, String edition, String venue, int staffCount,
      boolean staffCountSample, boolean stagedFormat) {
    this.form = form;
    this.scheduledOn = scheduledOn;
    this.edition = edition;
    this.venue = venue;
    this.staffCount = staffCount;
    this.staffCountSample = staffCountSample;
    this.stagedFormat = stagedFormat;
    this.status = awaitsLowerDelegates ? ConferenceStatus.AWAITING_LOWER_DELEGATES : ConferenceStatus.SCHEDULED;
  }

  /**
   * The lower units' delegates are this conference's nominees now: it waits no longer, and a scheduled conference
   * moves on to its nominations.
   */
  void lowerDelegatesCollected() {
    this.awaitsLowerDelegates = false;
    if (status == ConferenceStatus.AWAITING_LOWER_DELEGATES) {
      status = ConferenceStatus.SCHEDULED;
    }
  }

  void reschedule(LocalDate scheduledOn) { this.scheduledOn = scheduledOn; }
  void setAttendanceMode(AttendanceMode mode) { this.attendanceMode = mode; }
  void setOfficialName(String officialName) { this.officialName = officialName; }
  void setProgramme(List<String> items) { this.programme = String.join(",", items); }
  void setTheme(String theme) { this.theme = theme; }

  /** Keeps the proposed composition ({@link ConferenceComposition#propose}); the status becomes COMPOSITION_PROPOSED. */
  void compose(Composition c) {
    compose(c.exemplarDelegates(), c.guestDelegates(), c.presidiumSize(), c.presidiumExemplars(),
        c.presentationsResidential(), c.presentationsMassOrg(), c.presentationsAgency(), c.presentationsIndividual(),
        c.upperCollectives(), c.upperIndividuals());
  }

  void compose(int exemplars, int guests, int presidiumSize, int presidiumExemplars, int residential, int massOrg,
      int agency, int individual, int upperCollectives, int upperIndividuals) {
    this.exemplarDelegates = exemplars;
    this.guestDelegates = guests;
    this.presidiumSize = presidiumSize;
    this.presidiumExemplars = presidiumExemplars;
    this.presentationsResidential = residential;
    this.presentationsMassOrg = massOrg;
    this.presentationsAgency = agency;
    this.presentationsIndividual = individual;
    this.upperCollectives = upperCollectives;
    this.upperIndividuals = upperIndividuals;
    this.status = ConferenceStatus.COMPOSITION_PROPOSED;
  }

  void startVoteRound() { this.voteRound++; }
  void setNominationsSubmittedOn(LocalDate on) { this.nominationsSubmittedOn = on; this.status = ConferenceStatus.NOMINATIONS_SUBMITTED; }
  void setDossierSubmittedOn(LocalDate on) { this.dossierSubmittedOn = on; this.status = ConferenceStatus.DOSSIER_SUBMITTED; }
  void setDossierApprovedOn(LocalDate on) { this.dossierApprovedOn = on; this.status = ConferenceStatus.DOSSIER_APPROVED; }
  void setDossierOnTime(Boolean onTime) { this.dossierOnTime = onTime; }
  void setLateDossierReason(String reason) { this.lateDossierReason = reason; }

  void reschedule(LocalDate scheduledOn, String reason) {
    this.rescheduledFrom = this.scheduledOn;
    this.rescheduleReason = reason;
    this.scheduledOn = scheduledOn;
  }
  void markHeld(LocalDate on, int attendees) { this.heldOn = on; this.attendeeCount = attendees; this.status = ConferenceStatus.HELD; }

  private static int nullToZero(Integer value) {
    return value == null ? 0 : value;
  }
}
