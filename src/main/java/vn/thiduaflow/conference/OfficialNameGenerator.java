package vn.thiduaflow.conference;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.thiduaflow.plan.ConferenceForm;
import vn.thiduaflow.plan.Plan;

/**
 * Builds a conference's official name from the plan's template (172/KH-UBND §III.3.3: "Hội nghị Điển hình tiên tiến
 * (tên cơ quan, đơn vị) / Lần thứ… (2025 - 2030) / Địa điểm, ngày… tháng… năm 2025"). Lines are separated by "\n".
 */
@Service
public class OfficialNameGenerator {

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
    Map<String, String> templates = plan.officialName().templates();
    String template = templates.getOrDefault(form.name(), templates.get("default"));
    if (template == null) {
      throw new IllegalArgumentException("Plan " + plan.id() + " has no official-name template for " + form);
    }
    return template
        .replace("{formLabel}", form.label())
        .replace("{unit}", unitName)
        .replace("{place}", place)
        .replace("{edition}", edition == null || edition.isBlank() ? "…" : edition)
        .replace("{term}", plan.term())
        .replace("{day}", String.format("%02d", date.getDayOfMonth()))
        .replace("{month}", date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue()))
        .replace("{year}", String.valueOf(date.getYear()));
  }
}
