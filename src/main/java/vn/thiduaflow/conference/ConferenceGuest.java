package vn.thiduaflow.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A guest or leader who attended a conference (khách mời, lãnh đạo dự), by name, in the order entered. */
@Entity
public class ConferenceGuest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private int positionNo;
  @Column(name = "guest_name")
  private String name;
  @Column(name = "guest_title")
  private String title;

  protected ConferenceGuest() {}

  /**
   * @param positionNo 1-based place in the list
   * @param name full name, at most 200 characters
   * @param title position and agency ("Phó Chủ tịch UBND quận"), at most 200 characters, may be null
   */
  public ConferenceGuest(Long conferenceId, int positionNo, String name, String title) {
    this.conferenceId = conferenceId;
    this.positionNo = positionNo;
    this.name = name;
    this.title = title;
  }

  public Long getConferenceId() { return conferenceId; }
  public int getPositionNo() { return positionNo; }
  public String getName() { return name; }
  public String getTitle() { return title; }
}
