package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The organizing committee (Ban Tổ chức) a plan requires units to set up before their conference, with the
 * sub-committees (Tiểu ban) it names: a task of the unit's standing office right after the conference is scheduled
 * records its members by role and the establishing decision (number, date, signed file). Sources: 172/KH-UBND §IV.1
 * ("thành lập Ban Tổ chức Hội nghị hoặc các Tiểu Ban của Đại hội"), KH TP Lạng Sơn 25/6/2024 §IV.2 ("thành lập Ban Tổ
 * chức và các tiểu ban của Hội nghị"). Plan file:
 * <pre>
 * organizingCommittee:
 *   required: true
 *   for: LOWER                          # OWN | LOWER | [levels] ({@link UnitScope})
 *   subCommittees: [CONTENT, COMMUNICATION, LOGISTICS]
 *   clause: "§IV.1"
 * </pre>
 *
 * @param required whether the units in scope must set it up (false: the rule is stated but not enforced)
 * @param appliesTo which conferences (file key {@code for})
 * @param subCommittees the sub-committees that must each have at least one member; empty when the plan names none
 * @param clause the clause that requires it
 */
public record OrganizingCommitteeRule(
    boolean required,
    @JsonProperty("for") @NotNull UnitScope appliesTo,
    List<@NotNull SubCommittee> subCommittees,
    @NotBlank String clause) {

  public OrganizingCommitteeRule {
    subCommittees = subCommittees == null ? List.of() : java.util.Collections.unmodifiableList(
        new java.util.ArrayList<>(subCommittees));
  }

  /** Whether a conference must set up the committee. */
  public boolean requiredFor(Plan plan, Tier tier, vn.thiduaflow.unit.UnitLevel level) {
    return required && appliesTo.covers(plan, tier, level);
  }

  /** The sub-committees of an organizing committee (DOMAIN.md: Tiểu ban Nội dung, Tuyên truyền, Phục vụ). */
  public enum SubCommittee {
    /** Tiểu ban Nội dung: the reports, the programme, the presentations. */
    CONTENT("Tiểu ban Nội dung"),
    /** Tiểu ban Tuyên truyền: communication before, during and after the conference. */
    COMMUNICATION("Tiểu ban Tuyên truyền"),
    /** Tiểu ban Phục vụ (hậu cần): venue, logistics, reception. */
    LOGISTICS("Tiểu ban Phục vụ");

    private final String label;

    SubCommittee(String label) {
      this.label = label;
    }

    /** Vietnamese name. */
    public String label() {
      return label;
    }
  }
}
