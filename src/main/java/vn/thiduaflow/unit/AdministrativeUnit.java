package vn.thiduaflow.unit;

import java.util.List;
import vn.thiduaflow.plan.model.Organization;

/**
 * One unit of a campaign's hierarchy: a real administrative unit (nation root, province, district or commune) from the
 * official list, or an organization a plan names (agency, enterprise, emulation block; see
 * {@code Organization}), which lives in the same structure.
 *
 * @param structure which structure it belongs to
 * @param code official code, unique within its list
 * @param name full name, e.g. "Phường Hoàng Văn Thụ" (as the list of {@code unitList} writes it: a unit of a past list
 *     carries its name of that date)
 * @param level its level; for an organization, the level whose rules it follows ({@code Plan.levelOf}: an agency
 *     below an agency may follow {@link UnitLevel#AGENCY_BELOW})
 * @param parentCode code of the unit above it; null only for the nation root
 * @param childCodes codes of the administrative units directly below it (organizations below a unit come from the
 *     plan, see {@code PlanCatalog.lowerUnits})
 * @param unitList id of the unit list ({@link UnitList}) it was read from, so that its parent and children are looked up
 *     in the same list ({@link UnitDirectory#children}); never null
 */
public record AdministrativeUnit(
    AdminStructure structure, String code, String name, UnitLevel level, String parentCode, List<String> childCodes,
    String unitList) {

  private static final List<String> TYPE_PREFIXES = List.of(
      "Thành phố ", "Tỉnh ", "Huyện ", "Quận ", "Thị xã ", "Thị trấn ", "Phường ", "Xã ", "Đặc khu ");

  public AdministrativeUnit {
    unitList = unitList == null && structure != null ? structure.todayListId() : unitList;
  }

  /** A unit of today's list of its structure. */
  public AdministrativeUnit(
      AdminStructure structure, String code, String name, UnitLevel level, String parentCode, List<String> childCodes) {
    this(structure, code, name, level, parentCode, childCodes, structure.todayListId());
  }

  /** The name without its type word ("Phường Hoàng Văn Thụ" → "Hoàng Văn Thụ"): the place in official names. */
  public String shortName() {
    return shortName(name);
  }

  /** {@link #shortName()} of any full unit name. */
  public static String shortName(String fullName) {
    for (String prefix : TYPE_PREFIXES) {
      if (fullName.startsWith(prefix)) {
        return fullName.substring(prefix.length());
      }
    }
    return fullName;
  }
}
