package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.thiduaflow.plan.model.DossierDocument;
import vn.thiduaflow.plan.model.GeneratedDraft;
import vn.thiduaflow.plan.model.Plan;

/** The dossier's documents in a plan file (issue 21): the default four, a plan's own list, and the strict errors. */
class DossierDocumentsPlanTest {

  private static final String BINH_AN = "binh-an-27-2025.yaml";
  private static final String DOSSIER = "dossier:\n    daysBeforeConference: 15\n";

  @Test
  void aPlanWithoutDocumentsHasTheFourOfTheGeneralRuleEachRequiredWithItsClause() {
    Plan plan = PlanFiles.read(BINH_AN, PlanFiles.seed(BINH_AN));
    assertThat(plan.dossier().documents()).extracting(DossierDocument::code)
        .containsExactly("plan", "schedule", "summary-report", "programme");
    assertThat(plan.dossier().requiredCodes()).hasSize(4);
    assertThat(plan.dossier().documents()).allSatisfy(d -> assertThat(d.clause()).contains("Lạng Sơn").contains("§IV.1"));
    assertThat(plan.dossier().document("programme").orElseThrow().generated()).isEqualTo(GeneratedDraft.PROGRAMME);
    assertThat(plan.dossier().document("summary-report").orElseThrow().generated())
        .isEqualTo(GeneratedDraft.SUMMARY_REPORT);
    assertThat(plan.dossier().document("plan").orElseThrow().generated()).isNull();
  }

  @Test
  void vinhThuanAddsTheOrganizingCommitteeDecisionAsOptional() {
    Plan plan = PlanFiles.read("vinh-thuan-172-2024.yaml", PlanFiles.seed("vinh-thuan-172-2024.yaml"));
    var decision = plan.dossier().document("organizing-committee-decision").orElseThrow();
    assertThat(decision.required()).isFalse();
    assertThat(decision.clause()).startsWith("§IV.1");
    assertThat(plan.dossier().requiredCodes()).containsExactly("plan", "schedule", "summary-report", "programme");
    Plan langSon = PlanFiles.read("lang-son-city-2024.yaml", PlanFiles.seed("lang-son-city-2024.yaml"));
    assertThat(langSon.dossier().documents()).extracting(DossierDocument::clause).containsOnly("§IV.1");
    assertThat(langSon.dossier().daysBeforeConference()).isEqualTo(15);
  }

  @Test
  void aDocumentWithoutRequiredIsRequired() {
    Plan plan = read("  clause: \"§IV.1\"\n  documents:\n    - { code: plan, title: \"Kế hoạch\", clause: \"§IV.1\" }\n");
    assertThat(plan.dossier().documents()).singleElement().satisfies(d -> assertThat(d.required()).isTrue());
  }

  @Test
  void aBadCodeADuplicateAnUnknownDraftAndTheMinutesCodeAreRefusedAtTheirPath() {
    assertRefused("  clause: \"x\"\n  documents:\n    - { code: Ke_Hoach, title: \"Kế hoạch\", clause: \"x\" }\n",
        "dossier.documents[0].code", "kebab-case");
    assertRefused("  clause: \"x\"\n  documents:\n    - { code: plan, title: \"A\", clause: \"x\" }\n"
        + "    - { code: plan, title: \"B\", clause: \"x\" }\n", "dossier.documents[1].code", "used twice");
    assertRefused("  clause: \"x\"\n  documents:\n    - { code: plan, title: \"A\", generated: MINUTES, clause: \"x\" }\n",
        "dossier.documents[0].generated", "PROGRAMME");
    assertRefused("  clause: \"x\"\n  documents:\n    - { code: conference-minutes, title: \"A\", clause: \"x\" }\n",
        "dossier.documents[0].code", "minutes");
    assertRefused("  clause: \"x\"\n  documents:\n    - { code: plan, title: \"A\", clause: \"x\", signedBy: chair }\n",
        "dossier.documents[0].signedBy", "unknown field");
    assertRefused("  clause: \"x\"\n  documents:\n    - { code: plan, clause: \"x\" }\n", "dossier.documents[0].title",
        "blank");
    assertRefused("  clause: \"x\"\n  documents: []\n", "dossier.documents", "at least one document");
  }

  private static Plan read(String dossierRest) {
    String yaml = PlanFiles.seed(BINH_AN);
    int start = yaml.indexOf("  dossier:") + 2; // deadlines.dossier, the block's last entry
    int end = yaml.indexOf("\n\n", start);
    return PlanFiles.read(BINH_AN, yaml.substring(0, start) + DOSSIER + dossierRest.indent(2)
        + yaml.substring(end + 1));
  }

  private static void assertRefused(String dossierRest, String path, String message) {
    assertThatThrownBy(() -> read(dossierRest)).isInstanceOf(PlanFileException.class)
        .hasMessageContaining(BINH_AN).hasMessageContaining(path).hasMessageContaining(message);
  }
}
