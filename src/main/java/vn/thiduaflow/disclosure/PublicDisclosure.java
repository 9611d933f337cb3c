package vn.thiduaflow.disclosure;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A conference's proposed list made public for comment (table {@code public_disclosure}, V23): the unit, the plan's
 * title, the clause requiring it, the day it was published and the last day comments are taken (inclusive); closed
 * when the council's vote opens.
 */
@Entity
public class PublicDisclosure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private String unitName;
  private String title;
  private String clause;
  private LocalDate publishedOn;
  private LocalDate lastDay;
  private LocalDateTime closedAt;

  protected PublicDisclosure() {}

  PublicDisclosure(Long conferenceId, String unitName, String title, String clause, LocalDate publishedOn,
      LocalDate lastDay) {
    this.conferenceId = conferenceId;
    this.unitName = unitName;
    this.title = title;
    this.clause = clause;
    this.publishedOn = publishedOn;
    this.lastDay = lastDay;
  }

  /** Whether comments are taken on {@code day}: from the day of publication through the last day, until closed. */
  public boolean openOn(LocalDate day) {
    return closedAt == null && !day.isBefore(publishedOn) && !day.isAfter(lastDay);
  }

  void close(LocalDateTime at) {
    if (closedAt == null) {
      closedAt = at;
    }
  }

  public Long getId() { return id; }
  public Long getConferenceId() { return conferenceId; }
  public String getUnitName() { return unitName; }
  public String getTitle() { return title; }
  public String getClause() { return clause; }
  public LocalDate getPublishedOn() { return publishedOn; }
  public LocalDate getLastDay() { return lastDay; }
  public LocalDateTime getClosedAt() { return closedAt; }
}
