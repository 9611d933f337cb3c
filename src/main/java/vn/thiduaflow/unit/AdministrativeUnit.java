package vn.thiduaflow.unit;

import java.util.List;

/**
 * One unit of a campaign's hierarchy: a real administrative unit (nation root, province, district or commune) from the
 * official list, or an organization a plan names (agency, enterprise, emulation block; see
 * {@code Plan.Organization}), which lives in the same structure.
 *
 * @param structure which list it belongs to
 * @param code official code, unique within the structure
 * @param name full name, e.g. "Phường Hoàng Văn Thụ"
 * @param level its level
 * @param parentCode code of the unit above it; null only for the nation root
 * @param childCodes codes of the administrative units directly below it (organizations below a unit come from the
 *     plan, see {@code UnitTree})
 */
public record AdministrativeUnit(
    AdminStructure structure, String code, String name, UnitLevel level, String parentCode, List<String> childCodes) {

  private static final List<String> TYPE_PREFIXES = List.of(
      "Thành phố ", "Tỉnh ", "Huyện ", "Quận ", "Thị xã ", "Thị trấn ", "Phường ", "Xã ", "Đặc khu ");

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
