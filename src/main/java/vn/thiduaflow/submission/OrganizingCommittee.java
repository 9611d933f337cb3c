package vn.thiduaflow.submission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A conference's organizing committee (Ban Tổ chức, table {@code organizing_committee}, V16): the decision that
 * establishes it (number, date; its signed file is the conference document
 * {@value vn.thiduaflow.plan.model.SubmissionRule#COMMITTEE_DECISION}) and its members in the order the form listed them.
 * Recorded again (replaced) when the standing office completes the task a second time.
 */
@Entity
public class OrganizingCommittee {

  @Id
  private Long conferenceId;
  private String decisionNumber;
  private LocalDate decisionDate;
  private String recordedBy;
  private LocalDateTime recordedAt;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "organizing_committee_member", joinColumns = @JoinColumn(name = "conference_id"))
  @OrderColumn(name = "position")
  private List<CommitteeMember> members = new ArrayList<>();

  protected OrganizingCommittee() {}

  OrganizingCommittee(Long conferenceId) {
    this.conferenceId = conferenceId;
  }

  public Long getConferenceId() { return conferenceId; }
  public String getDecisionNumber() { return decisionNumber; }
  public LocalDate getDecisionDate() { return decisionDate; }
  public String getRecordedBy() { return recordedBy; }
  public LocalDateTime getRecordedAt() { return recordedAt; }
  public List<CommitteeMember> getMembers() { return List.copyOf(members); }

  void record(String number, LocalDate date, List<CommitteeMember> list, String by, LocalDateTime at) {
    this.decisionNumber = number;
    this.decisionDate = date;
    this.members.clear();
    this.members.addAll(list);
    this.recordedBy = by;
    this.recordedAt = at;
  }
}
