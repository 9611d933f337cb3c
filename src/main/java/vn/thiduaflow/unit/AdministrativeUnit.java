package vn.thiduaflow.unit;

import java.util.List;

/**
 * One real administrative unit (province, district or commune) from the official list.
 *
 * @param structure which list it belongs to
 * @param code official code, unique within the structure
 * @param name full name, e.g. "Phường Hoàng Văn Thụ"
 * @param level its level
 * @param parentCode code of the unit above it; null for a province
 * @param childCodes codes of the units directly below it
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
