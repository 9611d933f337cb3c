package vn.thiduaflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceStatus;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.unit.UnitLevel;

/** The session links of a conference's documents, their Markdown, and which of them a user's groups see at a stage. */
class DocumentLinksTest {

  private final DocumentLinks links = new DocumentLinks("default", "", "/camunda");

  @Test
  void pathIsUnderTheTasklistPluginOfTheEngine() {
    assertThat(links.path(12L, GeneratedDocument.PROGRAMME))
        .isEqualTo("/camunda/api/tasklist/plugin/thiduaflow-attachments/default/conferences/12/documents/programme.docx");
    assertThat(new DocumentLinks("default", "/app/", "/camunda/").path(3L, GeneratedDocument.VOTE_MINUTES))
        .isEqualTo("/app/camunda/api/tasklist/plugin/thiduaflow-attachments/default/conferences/3/documents/"
            + "vote-minutes.xlsx");
  }

  @Test
  void everyDocumentHasItsOwnSegmentTitleAndType() {
    for (GeneratedDocument d : GeneratedDocument.values()) {
      assertThat(GeneratedDocument.ofPathSegment(d.pathSegment())).isEqualTo(d);
      assertThat(d.title()).endsWith("(" + d.extension().toUpperCase() + ")");
    }
    assertThat(GeneratedDocument.PROGRAMME.title()).isEqualTo("Nội dung, chương trình hội nghị (DOCX)");
    assertThat(GeneratedDocument.PROGRAMME.mediaType()).isEqualTo(ConferenceDocuments.MEDIA_TYPE);
    assertThat(GeneratedDocument.DELEGATE_LIST.mediaType()).isEqualTo(NomineeWorkbook.MEDIA_TYPE);
    assertThat(GeneratedDocument.ofPathSegment("../etc/passwd")).isNull();
  }

  @Test
  void markdownJoinsEscapedTitlesWithAMiddleDot() {
    assertThat(links.markdown(7L, List.of(GeneratedDocument.NOMINEE_LIST, GeneratedDocument.PROGRAMME)))
        .isEqualTo("[Danh sách đề cử \\(XLSX\\)](/camunda/api/tasklist/plugin/thiduaflow-attachments/default/"
            + "conferences/7/documents/nominees.xlsx) · [Nội dung\\, chương trình hội nghị \\(DOCX\\)](/camunda/api/"
            + "tasklist/plugin/thiduaflow-attachments/default/conferences/7/documents/programme.docx)");
    assertThat(links.markdown(7L, List.of())).isEqualTo("—");
  }

  @Test
  void readableFollowsTheStageAndTheGroups() {
    Conference commune = conference(ConferenceStatus.SCHEDULED);
    assertThat(DocumentLinks.readable(commune, List.of("u21064.unit-secretary")))
        .containsExactly(GeneratedDocument.NOMINEE_TEMPLATE);
    assertThat(DocumentLinks.readable(commune, List.of("u21064.member"))).as("the template is the managers'")
        .isEmpty();
    assertThat(DocumentLinks.readable(commune, List.of("u2106.standing-office")))
        .containsExactly(GeneratedDocument.NOMINEE_TEMPLATE);

    Conference voted = conference(ConferenceStatus.VOTED);
    assertThat(DocumentLinks.readable(voted, List.of("u21064.member"))).containsExactly(
        GeneratedDocument.NOMINEE_LIST, GeneratedDocument.DELEGATE_LIST, GeneratedDocument.PROGRAMME,
        GeneratedDocument.SUMMARY_REPORT, GeneratedDocument.VOTE_MINUTES);
    assertThat(DocumentLinks.readable(voted, List.of("camunda-admin"))).hasSize(5);
    assertThat(DocumentLinks.readable(voted, List.of("u21065.chair"))).as("another commune").isEmpty();
    assertThat(DocumentLinks.readable(voted, List.of("u2106.member"))).as("a member of the district's council")
        .isEmpty();
    assertThat(DocumentLinks.readable(conference(ConferenceStatus.PLANNED), List.of("camunda-admin"))).isEmpty();
    assertThat(DocumentLinks.readable(conference(ConferenceStatus.REPORTED), List.of("u2106.upper-council")))
        .hasSize(5);
  }

  private static Conference conference(ConferenceStatus status) {
    Conference c = new Conference(1L, Tier.OWN, "21064", "Xã Bình An", UnitLevel.COMMUNE, "2106", "Huyện Bình Sơn",
        false, 150);
    ReflectionTestUtils.setField(c, "id", 5L);
    ReflectionTestUtils.setField(c, "status", status);
    return c;
  }
}
