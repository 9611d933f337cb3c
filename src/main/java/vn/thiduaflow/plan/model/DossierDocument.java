package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * One document of the dossier.
 *
 * @param code stable code, kebab-case (a-z, 0-9, -), unique in the dossier; the store's key
 *     ({@code conference_document.code}); {@value #RESERVED_MINUTES} is the held conference's minutes, never a dossier
 *     document
 * @param title the document's name as the plan writes it (Vietnamese)
 * @param required whether the dossier cannot be sent without it (absent in the file: true; never null)
 * @param generated when the product writes a draft of it (the programme, the summary report's skeleton); null when
 *     the unit writes it alone
 * @param clause the clause that asks for it
 */
public record DossierDocument(
    @NotBlank @jakarta.validation.constraints.Size(max = 60) @Pattern(regexp = "[a-z][a-z0-9]*(-[a-z0-9]+)*",
        message = "must be kebab-case (a-z, 0-9, -)") String code,
    @NotBlank @jakarta.validation.constraints.Size(max = 200) String title,
    @JsonProperty(defaultValue = "true") Boolean required,
    GeneratedDraft generated,
    @NotBlank String clause) {

  /** The code of the signed minutes of the held conference in the same store; no dossier document may use it. */
  public static final String RESERVED_MINUTES = "conference-minutes";

  public DossierDocument {
    required = required == null || required; // absent in the file: required
  }
}
