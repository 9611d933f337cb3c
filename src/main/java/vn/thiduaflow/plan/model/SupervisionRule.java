package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Council members supervise the conferences of the units assigned to them (issue 22): 172/KH-UBND §IV.2 ("Cơ quan
 * Thường trực … phân công thành viên Hội đồng phụ trách chỉ đạo tổ chức Hội nghị, Đại hội tại các cơ quan, đơn vị"),
 * Văn Yên §III.2 ("tham gia chỉ đạo các đơn vị … theo sự phân công"), KH TP Lạng Sơn §IV.8 ("theo dõi, chỉ đạo, đôn
 * đốc, kiểm tra các cơ quan, đơn vị do mình phụ trách"). The plan says that members are assigned, not who: the
 * assignment is the standing office's decision while the campaign runs (172/KH-UBND §IV.2 gives it to the standing
 * office; KH TP Lạng Sơn to the council's working rules), so it is made at runtime — once a unit's conference is
 * scheduled, the standing office of the council above gets a task to assign one of its council's voting members to the
 * unit. From then on that member is told of every escalation of the unit's deadlines (one notification per
 * escalation). Plan file:
 * <pre>
 * supervision:
 *   for: LOWER                 # LOWER | [levels] ({@link UnitScope}); OWN is refused: the issuer's own conference
 *                              # has no council above it in the plan's campaign
 *   clause: "§IV.2: … phân công thành viên Hội đồng phụ trách chỉ đạo tổ chức Hội nghị, Đại hội tại các cơ quan, đơn vị"
 * </pre>
 *
 * @param appliesTo whose conferences are supervised (file key {@code for})
 * @param clause the clause that asks for it
 */
public record SupervisionRule(@JsonProperty("for") @NotNull UnitScope appliesTo, @NotBlank String clause) {

  /** Whether a conference's unit gets a supervising council member. */
  public boolean covers(Plan plan, Tier tier, vn.thiduaflow.unit.UnitLevel level) {
    return appliesTo.covers(plan, tier, level);
  }
}
