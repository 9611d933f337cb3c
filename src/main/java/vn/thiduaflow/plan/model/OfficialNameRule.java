package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Map;

/**
 * Official-name templates. Keys are {@link ConferenceForm} codes or {@code default}. Placeholders: {unit} (full
 * unit name as the unit list writes it, "Tỉnh Gia Lai"), {unitInText} (the name as running text writes it, the
 * administrative level word lower-cased: "tỉnh Gia Lai", "xã Tân Phú"; an agency's name unchanged), {place},
 * {edition}, {term}, {formLabel}, {day}, {month}, {year}.
 *
 * @param templates template per form code or "default"
 * @param clause source clause
 */
public record OfficialNameRule(@NotEmpty Map<String, @NotBlank String> templates, @NotBlank String clause) {}
