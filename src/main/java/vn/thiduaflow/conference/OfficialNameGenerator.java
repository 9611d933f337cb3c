package vn.thiduaflow.conference;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.TierRules;

/**
 * Builds a conference's official name from the plan's template (172/KH-UBND §III.3.3: "Hội nghị Điển hình tiên tiến
 * (tên cơ quan, đơn vị) / Lần thứ… (2025 - 2030) / Địa điểm, ngày… tháng… năm 2025"). Lines are separated by "\n".
 * Placeholders: {@code {unit}} the unit's full name as the unit list writes it ("Tỉnh Gia Lai"), {@code {unitInText}}
 * the same name as running text writes it ({@link #inText}: "tỉnh Gia Lai"), {@code {place}}, {@code {edition}},
 * {@code {term}}, {@code {formLabel}}, {@code {day}}, {@code {month}}, {@code {year}}.
 */
@Service
public class OfficialNameGenerator {

  /**
   * The administrative level words a unit list puts before a name (Decision 124/2004/QĐ-TTg's unit types; the 2025
   * list adds "Đặc khu"), longest first so "Thành phố" wins over a shorter word.
   */
  private static final java.util.List<String> LEVEL_WORDS = java.util.List.of(
      "Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Phường", "Huyện", "Quận", "Tỉnh", "Xã");

  /**
   * A unit's name as running text writes it: the administrative level word lower-cased ("Tỉnh Gia Lai" → "tỉnh Gia
   * Lai", "Xã Tân Phú" → "xã Tân Phú", "Thành phố Hà Tĩnh" → "thành phố Hà Tĩnh", "Phường 1" → "phường 1"). Any other
   * name is unchanged ("Sở Nội vụ", "Công ty Điện lực Kiên Giang"), as is a name whose word after the level word is not
   * a proper name ("Xã hội …" is not a commune).
   *
   * @param unitName the full name as the unit list or the plan writes it; null gives null
   */
  public static String inText(String unitName) {
    if (unitName == null) {
      return null;
    }
    for (String word : LEVEL_WORDS) {
      if (unitName.startsWith(word + " ") && unitName.length() > word.length() + 1) {
        char next = unitName.charAt(word.length() + 1);
        if (Character.isUpperCase(next) || Character.isDigit(next)) {
          return word.toLowerCase(java.util.Locale.forLanguageTag("vi")) + unitName.substring(word.length());
        }
        return unitName;
      }
    }
    return unitName;
  }

  /**
   * @param plan the plan (templates and term)
   * @param form the conference form; its template, else the plan's "default" template, is used
   * @param unitName full unit name, e.g. "Xã Vĩnh Bình Nam"
   * @param place the place written before the date, e.g. "Vĩnh Bình Nam"
   * @param edition "Lần thứ" as a Roman numeral; "…" when unknown
   * @param date the conference date
   * @return the name, lines separated by "\n"
   * @throws IllegalArgumentException when the plan has no template for the form (refused at start-up already)
   */
  public String officialName(Plan plan, ConferenceForm form, String unitName, String place, String edition,
      LocalDate date) {
    return officialName(plan, plan.ownConference(), form, unitName, place, edition, date);
  }

  /**
   * The official name of a conference under the given tier rules: the tier's own templates where it has them
   * ({@link Plan#officialNameFor}), else the plan's; otherwise as {@link #officialName(Plan, ConferenceForm, String,
   * String, String, LocalDate)}.
   */
  public String officialName(Plan plan, TierRules tier, ConferenceForm form, String unitName, String place,
      String edition, LocalDate date) {
    Map<String, String> templates = plan.officialNameFor(tier).templates();
    String template = templates.getOrDefault(form.name(), templates.get("default"));
    if (template == null) {
      throw new IllegalArgumentException("Plan " + plan.id() + " has no official-name template for " + form);
    }
    return template
        .replace("{formLabel}", form.label())
        .replace("{unitInText}", inText(unitName))
        .replace("{unit}", unitName)
        .replace("{place}", place)
        .replace("{edition}", edition == null || edition.isBlank() ? "…" : edition)
        .replace("{term}", plan.term())
        .replace("{day}", String.format("%02d", date.getDayOfMonth()))
        .replace("{month}", date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue()))
        .replace("{year}", String.valueOf(date.getYear()));
  }
}
