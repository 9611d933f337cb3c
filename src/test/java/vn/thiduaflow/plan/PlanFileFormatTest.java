package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.thiduaflow.plan.model.Plan;

/**
 * The plan file's format of issue 22 ({@link PlanFileFormat}): one {@code deadlines} block ({@code nominations},
 * {@code councilVote}, {@code dossier}, {@code dossierReview}, {@code resultsReport}, {@code reminder}) and
 * {@code approval} for the council's threshold; a file in the format before still loads, with one warning naming the
 * renames; a rule under both names is refused naming both.
 */
@ExtendWith(OutputCaptureExtension.class)
class PlanFileFormatTest {

  /** A test plan kept in the format before issue 22 (top-level dossier, nominationDeadline, councilVote). */
  private static final String OLD = "test-walk-tra-giang.yaml";

  @Test
  void aFileInTheNewFormatReadsAsTheSamePlanAsInTheOldOneAndNamesNoRename() {
    String old = testPlan(OLD);
    List<List<String>> oldRenames = new ArrayList<>();
    Plan fromOld = PlanFiles.reader().read(OLD, stream(old), oldRenames::add);
    List<List<String>> newRenames = new ArrayList<>();
    Plan fromNew = PlanFiles.reader().read(OLD, stream(toNewFormat(old)), newRenames::add);

    assertThat(fromNew).isEqualTo(fromOld);
    assertThat(fromNew.dossier().daysBeforeConference()).isNotNull();
    assertThat(fromNew.councilVote().thresholdPercent()).isEqualTo(50);
    assertThat(newRenames).isEmpty();
    assertThat(oldRenames).containsExactly(List.of("nominationDeadline → deadlines.nominations",
        "dossier → deadlines.dossier", "councilVote → approval"));
  }

  @Test
  void aTiersOwnNominationDeadlineIsWrittenNominationsToo() {
    String levels = testPlan("test-bac-kan-2014-levels.yaml");
    String oldTier = levels.contains("        nominations: {") ? levels.replace("        nominations: {",
        "        nominationDeadline: {") : levels;
    String newTier = oldTier.replace("        nominationDeadline: {", "        nominations: {");
    assertThat(newTier).isNotEqualTo(oldTier);
    List<List<String>> renames = new ArrayList<>();
    Plan fromNew = PlanFiles.reader().read("levels.yaml", stream(newTier), renames::add);
    Plan fromOld = PlanFiles.read("levels.yaml", oldTier);
    assertThat(fromNew).isEqualTo(fromOld);
    var commune = fromNew.levels().get(vn.thiduaflow.unit.UnitLevel.COMMUNE).conference();
    assertThat(fromNew.nominationDeadlineFor(commune).daysBeforeConference()).isEqualTo(12);
    assertThat(renames).allSatisfy(r -> assertThat(r).noneMatch(s -> s.contains("levels.")));
  }

  @Test
  void theCatalogWarnsOncePerOldFileNamingEachRename(@TempDir Path dir, CapturedOutput output) throws IOException {
    String old = testPlan(OLD).replace("id: test-walk-tra-giang", "id: old-format-copy");
    Files.writeString(dir.resolve("old-format-copy.yaml"), old);
    Files.writeString(dir.resolve("new-format-copy.yaml"), toNewFormat(old).replace("id: old-format-copy",
        "id: new-format-copy"));
    PlanCatalog catalog = new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, dir.toString());

    assertThat(catalog.get("old-format-copy").dossier()).isEqualTo(catalog.get("new-format-copy").dossier());
    List<String> warnings = output.getAll().lines().filter(l -> l.contains("WARN") && l.contains("copy.yaml")).toList();
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w).contains("'old-format-copy.yaml'")
        .contains("nominationDeadline → deadlines.nominations; dossier → deadlines.dossier; councilVote → approval"));
  }

  @Test
  void aRuleWrittenUnderBothNamesIsRefusedNamingBoth() {
    String both = toNewFormat(testPlan(OLD));
    String oldDossier = block(testPlan(OLD), "dossier");
    String oldNominations = block(testPlan(OLD), "nominationDeadline");
    String oldVote = block(testPlan(OLD), "councilVote");
    String mixed = both + "\n" + oldDossier + "\n" + oldNominations + "\n" + oldVote;

    assertThatThrownBy(() -> PlanFiles.read("mixed.yaml", mixed)).isInstanceOf(PlanFileException.class)
        .satisfies(e -> assertThat(((PlanFileException) e).problems()).extracting(PlanFileException.Problem::field)
            .containsExactlyInAnyOrder("deadlines.dossier", "deadlines.nominations", "approval"))
        .satisfies(e -> assertThat(((PlanFileException) e).problems()).anySatisfy(p -> assertThat(p.problem())
            .contains("deadlines.dossier").contains("old name dossier").contains("delete dossier")))
        .satisfies(e -> assertThat(((PlanFileException) e).problems()).anySatisfy(p -> assertThat(p.problem())
            .contains("approval").contains("councilVote")));
  }

  @Test
  void aTiersNominationsUnderBothNamesIsRefusedNamingBoth() {
    String levels = toNewFormat(testPlan("test-bac-kan-2014-levels.yaml"));
    String line = levels.lines().filter(l -> l.matches("\\s+(nominations|nominationDeadline): \\{.*")).findFirst()
        .orElseThrow();
    String twice = levels.replace(line, line.replaceFirst("nominationDeadline:", "nominations:") + "\n"
        + line.replaceFirst("nominations:", "nominationDeadline:"));
    assertThatThrownBy(() -> PlanFiles.read("levels.yaml", twice))
        .satisfies(e -> assertThat(((PlanFileException) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("levels.COMMUNE.conference.deadlines.nominations");
          assertThat(p.problem()).contains("levels.COMMUNE.conference.deadlines.nominationDeadline");
        }));
  }

  @Test
  void problemsNameTheFieldsAsTheNewFormatWritesThem() {
    String file = toNewFormat(testPlan(OLD));
    assertProblem(file.replaceFirst("(?m)^  dossier:\\n    daysBeforeConference: (\\d+)",
        "  dossier:\n    daysBeforeConference: $1\n    fixedDate: 2025-03-01"), "deadlines.dossier", "exactly one");
    assertProblem(file.replaceFirst("(?m)^(approval:\\n  thresholdPercent:) 50", "$1 101"),
        "approval.thresholdPercent", "less than or equal to 100");
    assertProblem(file.replaceFirst("(?m)^(  nominations:\\n    daysBeforeConference:) \\d+", "$1 -1"),
        "deadlines.nominations.daysBeforeConference", "greater than or equal to 0");
    assertProblem(file.replaceFirst("(?m)^(  nominations:\\n)", "$1    signedBy: x\n"),
        "deadlines.nominations.signedBy", "unknown field 'signedBy'");
    assertProblem(file.replace("\napproval:", "\napprovals:"), "approvals", "known fields here:");
    assertThatThrownBy(() -> PlanFiles.read("f.yaml", file.replace("\napproval:", "\napprovals:")))
        .satisfies(e -> assertThat(((PlanFileException) e).problems().get(0).problem())
            .contains("approval,").doesNotContain("nominationDeadline").doesNotContain("councilVote"));
    assertThatThrownBy(() -> PlanFiles.read("f.yaml", file.replaceFirst("(?m)^(  nominations:\\n)",
        "$1    unknown: x\n"))).satisfies(e -> assertThat(((PlanFileException) e).problems().get(0).problem())
        .contains("daysBeforeConference"));
    assertThatThrownBy(() -> PlanFiles.read("f.yaml", file.replaceFirst("(?m)^(deadlines:\\n)", "$1  review: x\n")))
        .satisfies(e -> assertThat(((PlanFileException) e).problems().get(0).problem())
            .contains("councilVote, dossier, dossierReview, nominations, reminder, resultsReport"));
  }

  @Test
  void aProblemsTextNamesTheRulesPathsAsTheFileWritesThem() {
    String file = toNewFormat(testPlan(OLD)).replaceAll("2025-", "2009-").replaceFirst("(?m)^issuedOn: .*$",
        "issuedOn: 2009-01");
    assertThatThrownBy(() -> PlanFiles.read("f.yaml", file))
        .satisfies(e -> assertThat(((PlanFileException) e).problems()).anySatisfy(p -> assertThat(p.problem())
            .contains("reaches 200").contains("deadlines.nominations.").doesNotContain("nominationDeadline")));
    assertThatThrownBy(() -> PlanFiles.read("f.yaml", testPlan(OLD).replaceAll("2025-", "2009-")
        .replaceFirst("(?m)^issuedOn: .*$", "issuedOn: 2009-01")))
        .satisfies(e -> assertThat(((PlanFileException) e).problems()).anySatisfy(p -> assertThat(p.problem())
            .contains("nominationDeadline.")));
  }

  @Test
  void aBindingProblemInTheNewFormatGivesTheFilesLine() {
    String file = toNewFormat(testPlan(OLD)).replaceFirst("(?m)^(approval:\\n  thresholdPercent:) 50", "$1 [50]");
    int line = 1 + (int) file.substring(0, file.indexOf("thresholdPercent: [50]")).chars().filter(c -> c == '\n')
        .count();
    assertThatThrownBy(() -> PlanFiles.read("f.yaml", file))
        .satisfies(e -> assertThat(((PlanFileException) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("approval.thresholdPercent");
          assertThat(p.problem()).endsWith("(line " + line + ")");
        }));
  }

  @Test
  void aDeadlineAtTheTopOrAThresholdUnderDeadlinesIsRefusedWithWhereItBelongs() {
    String file = toNewFormat(testPlan(OLD));
    assertProblem(file + "\ncouncilVote: { daysBeforeConference: 18, clause: \"x\" }\n", "councilVote",
        "goes under deadlines.councilVote");
    assertProblem(file.replaceFirst("(?m)^deadlines:\\n", "deadlines:\n  councilVote: { thresholdPercent: 50, "
        + "comparison: MORE_THAN, clause: \"x\" }\n"), "deadlines.councilVote", "goes under approval");
  }

  private static void assertProblem(String yaml, String field, String problem) {
    assertThatThrownBy(() -> PlanFiles.read("broken.yaml", yaml)).isInstanceOf(PlanFileException.class)
        .satisfies(e -> assertThat(((PlanFileException) e).problems()).anySatisfy(p -> {
          assertThat(p.field()).isEqualTo(field);
          assertThat(p.problem()).contains(problem);
        }));
  }

  private static java.io.InputStream stream(String yaml) {
    return new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static String testPlan(String name) {
    try {
      return Files.readString(Path.of("src/test/resources/plans", name));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A plan file's text in the format before issue 22 rewritten by hand's rules into the current one: the top-level
   * {@code dossier} and {@code nominationDeadline} blocks move under {@code deadlines} (created where {@code dossier}
   * stood when the file has none) as {@code dossier} and {@code nominations}, {@code councilVote} becomes
   * {@code approval}; a tier's {@code nominationDeadline} becomes {@code nominations}. A file already in the current
   * format comes back unchanged.
   */
  static String toNewFormat(String old) {
    String text = old.replaceAll("(?m)^(\\s+)nominationDeadline: \\{", "$1nominations: {");
    String dossier = block(text, "dossier");
    String nominations = block(text, "nominationDeadline");
    if (dossier == null && nominations == null) {
      return text;
    }
    String moved = indent(nominations).replaceFirst("^  nominationDeadline:", "  nominations:") + indent(dossier);
    String deadlines = block(text, "deadlines");
    text = text.replace(nominations, "");
    if (deadlines != null) {
      text = text.replace(dossier, "").replace(deadlines, deadlines + moved);
    } else {
      text = text.replace(dossier, "deadlines:\n" + moved);
    }
    return text.replaceFirst("(?m)^councilVote:", "approval:");
  }

  /** A top-level block: its key's line and the indented (or blank, or comment) lines after it, without trailing blanks. */
  static String block(String text, String key) {
    var m = Pattern.compile("(?m)^" + key + ":.*\\n((?:[ #].*\\n|\\n)*)").matcher(text);
    if (!m.find()) {
      return null;
    }
    return m.group().replaceFirst("\\n+$", "\n");
  }

  private static String indent(String block) {
    return block.lines().map(l -> l.isBlank() ? l : "  " + l).reduce("", (a, l) -> a + l + "\n");
  }
}
