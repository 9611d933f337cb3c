package vn.thiduaflow.award;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One line of a commendation proposal (table {@code commendation_line}, V22): an approved nominee, the award form
 * proposed (a code of the plan's {@code commendation.awardForms}) and the achievement its certificate states.
 */
@Entity
public class CommendationLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private int lineOrder;
  private Long nominationId;
  private String awardForm;
  private String achievement;

  protected CommendationLine() {}

  CommendationLine(Long conferenceId, int lineOrder, Long nominationId, String awardForm, String achievement) {
    this.conferenceId = conferenceId;
    this.lineOrder = lineOrder;
    this.nominationId = nominationId;
    this.awardForm = awardForm;
    this.achievement = achievement;
  }

  public Long getId() { return id; }
  public Long getConferenceId() { return conferenceId; }
  public int getLineOrder() { return lineOrder; }
  public Long getNominationId() { return nominationId; }
  public String getAwardForm() { return awardForm; }
  public String getAchievement() { return achievement; }
}
