package vn.thiduaflow.plan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Set;
import vn.thiduaflow.unit.UnitLevel;

/**
 * How the exemplars a council approved are commended (khen thưởng) at the conferences of the plan: the award forms
 * each level's authority grants, the symbol its decisions carry. In a plan file:
 * <pre>
 * commendation:
 *   clause: "§IV: tham mưu Chủ tịch khen thưởng các tập thể, cá nhân điển hình tiên tiến"
 *   decisionSymbol: "QĐ-UBND"
 *   awardForms:
 *     - code: GIAY_KHEN_CHU_TICH_XA
 *       label: "Giấy khen của Chủ tịch Ủy ban nhân dân xã"
 *       certificateTitle: "GIẤY KHEN"
 *       levels: [COMMUNE, WARD]
 *       clause: "Luật Thi đua, khen thưởng 2022: Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã"
 * </pre>
 * A plan without it has no commendation step. Checked by {@code PlanReader}: codes are unique, every level a
 * conference of the plan is held at has at least one form when any level has one.
 *
 * @param clause the plan's clause that asks for the commendation
 * @param decisionSymbol what a decision's symbol carries after its number ("15/QĐ-UBND": {@code QĐ-UBND}; Decree
 *     30/2020/NĐ-CP, Appendix I); absent: {@code QĐ-UBND}
 * @param awardForms the forms the authorities grant, at least one
 */
public record CommendationRule(
    @NotBlank String clause,
    @Pattern(regexp = "[^\\s/]{2,40}", message = "must be a symbol like QĐ-UBND") String decisionSymbol,
    @NotEmpty List<@NotNull @Valid AwardForm> awardForms) {

  public CommendationRule {
    decisionSymbol = decisionSymbol == null ? "QĐ-UBND" : decisionSymbol;
    awardForms = awardForms == null ? List.of() : java.util.Collections.unmodifiableList(
        new java.util.ArrayList<>(awardForms)); // may hold nulls until validated
  }

  /**
   * An award form (hình thức khen thưởng) an authority of the plan grants.
   *
   * @param code the plan's code, unique in the plan ({@code GIAY_KHEN_CHU_TICH_XA})
   * @param label as written in decisions ("Giấy khen của Chủ tịch Ủy ban nhân dân xã")
   * @param certificateTitle as printed on the certificate ("GIẤY KHEN", "BẰNG KHEN")
   * @param levels the levels whose conferences' authority grants it
   * @param certificateTemplate the certificate template ({@code certificates/<id>.yaml}); absent: {@code giay-khen}
   * @param clause the source: the law's article or the plan's clause naming it
   */
  public record AwardForm(
      @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,60}", message = "must be UPPER_SNAKE_CASE") String code,
      @NotBlank String label,
      @NotBlank String certificateTitle,
      @NotEmpty Set<@NotNull UnitLevel> levels,
      String certificateTemplate,
      @NotBlank String clause) {

    public AwardForm {
      certificateTemplate = certificateTemplate == null ? "giay-khen" : certificateTemplate;
    }
  }

  /** The forms a conference at this level's authority grants, in the plan's order. */
  public List<AwardForm> formsAt(UnitLevel level) {
    return awardForms.stream().filter(f -> f != null && f.levels() != null && f.levels().contains(level)).toList();
  }
}
