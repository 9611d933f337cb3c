package vn.thiduaflow.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One line of a published list, as published (table {@code disclosure_entry}): its number, the nominee's name, unit
 * and the title proposed — nothing more is made public.
 */
@Entity
public class DisclosureEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long disclosureId;
  @Column(name = "entry_number")
  private int number;
  private Long nominationId;
  private String nomineeName;
  private String unitName;
  private String title;

  protected DisclosureEntry() {}

  DisclosureEntry(Long disclosureId, int number, Long nominationId, String nomineeName, String unitName,
      String title) {
    this.disclosureId = disclosureId;
    this.number = number;
    this.nominationId = nominationId;
    this.nomineeName = nomineeName;
    this.unitName = unitName;
    this.title = title;
  }

  public Long getId() { return id; }
  public Long getDisclosureId() { return disclosureId; }
  public int getNumber() { return number; }
  public Long getNominationId() { return nominationId; }
  public String getNomineeName() { return nomineeName; }
  public String getUnitName() { return unitName; }
  public String getTitle() { return title; }
}
