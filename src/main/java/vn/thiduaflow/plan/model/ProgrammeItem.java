package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * One programme item.
 *
 * @param code stable code, UPPER_SNAKE_CASE, unique in the programme
 * @param label Vietnamese text of the item
 * @param onlyForForms when set, the item applies only to these forms (e.g. flag salute only at a congress)
 * @param clause the clause the item comes from; null: the programme's ({@link ProgrammeRule#clauseOf})
 * @param statedInPlan whether the plan lists the item (absent: true); false: the workflow adds it as customary, and
 *     its own {@code clause} says why (such an item cannot be required)
 * @param beforeSession a ceremony held before the session proper, e.g. "Dâng hoa tại Tượng đài …" (absent: false);
 *     printed under its own heading and always before the session's items
 * @param required whether a unit must hold it (absent: true); an optional item may be left out of the programme
 */
public record ProgrammeItem(
    @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE") String code,
    @NotBlank String label,
    List<@NotNull ConferenceForm> onlyForForms,
    String clause,
    @JsonProperty(defaultValue = "true") Boolean statedInPlan,
    @JsonProperty(defaultValue = "false") Boolean beforeSession,
    @JsonProperty(defaultValue = "true") Boolean required) {

  public ProgrammeItem {
    statedInPlan = statedInPlan == null || statedInPlan;
    beforeSession = beforeSession != null && beforeSession;
    required = required == null || required;
  }

  /** A required item of the session, stated in the plan, under the programme's clause. */
  public ProgrammeItem(String code, String label, List<ConferenceForm> onlyForForms) {
    this(code, label, onlyForForms, null, null, null, null);
  }

  /** True when the item is part of a conference of this form. */
  public boolean appliesTo(ConferenceForm form) {
    return onlyForForms == null || onlyForForms.isEmpty() || onlyForForms.contains(form);
  }
}
