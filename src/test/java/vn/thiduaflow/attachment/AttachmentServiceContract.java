package vn.thiduaflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.nomination.NomineeListService.Entry;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;

/**
 * The rules of an attached file ({@link AttachmentService}), on the database of the subclass (H2:
 * {@link AttachmentServiceTest}, PostgreSQL: {@link AttachmentServicePostgresTest}): the size limit at exactly the
 * cap and one byte more, the type read from the content whatever the name, refusals that write nothing, the SHA-256,
 * and the files following their nominee when the unit's list is replaced. A unit of Bình An's plan at its nominations
 * with two nominees of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AttachmentServiceContract {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired ConferenceQueries conferences;
  @Autowired NomineeListService lists;
  @Autowired NominationRepository nominations;
  @Autowired AttachmentService attachments;

  Long conferenceId;
  Nomination hoa;
  Nomination binh;

  /** Once per class, in the first test's set-up (process-test coverage records engine events only during tests). */
  @BeforeEach
  void aUnitAtItsNominationsWithTwoNominees() {
    if (conferenceId != null) {
      return;
    }
    AbstractAssertions.init(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    var campaign = campaigns.start("binh-an-27-2025");
    ProcessInstance unit = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(campaign.getProcessInstanceId()).singleResult();
    conferenceId = Long.valueOf(unit.getBusinessKey());
    new ConferenceDriver(engine, councils, unit).schedule("2025-03-27");
    List<Nomination> saved = lists.replace(conferences.get(conferenceId), List.of(entry("Nguyễn Thị Hoa"),
        entry("Trần Văn Bình")), "test");
    hoa = saved.get(0);
    binh = saved.get(1);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  private static Entry entry(String name) {
    return new Entry(name, "INDIVIDUAL", "EMULATION_FIGHTER", 2024, "AGENCY", null, "Giáo viên", null);
  }

  private AttachmentInfo attach(Nomination nominee, String name, byte[] content) {
    return attachments.attach(conferenceId, nominee.getId(), attachments.receive(new ByteArrayInputStream(content),
        content.length, name), "secretary");
  }

  private int stored() {
    return attachments.byNomination(conferenceId).values().stream().mapToInt(List::size).sum();
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  @Test
  void aFileOfExactlyTheLimitIsStoredWithItsSha256AndOneByteMoreIsRefusedBeforeAnythingIsWritten() throws Exception {
    long cap = attachments.maxBytes();
    assertThat(cap).isEqualTo(AttachmentService.DEFAULT_MAX_BYTES).isEqualTo(10L * 1024 * 1024);
    byte[] atCap = AttachmentFiles.pdfOfSize(cap);
    AttachmentInfo saved = attach(hoa, "Tóm tắt thành tích - Nguyễn Thị Hoa.pdf", atCap);
    assertThat(saved.sizeBytes()).isEqualTo(cap);
    assertThat(saved.sha256()).isEqualTo(sha256(atCap)).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(saved.mediaType()).isEqualTo("application/pdf");
    assertThat(saved.uploadedBy()).isEqualTo("secretary");
    assertThat(saved.uploadedAt()).isEqualTo(EngineClock.now()); // the engine clock, which the test holds still
    AttachmentService.Download back = attachments.download(saved.id());
    assertThat(back.content()).isEqualTo(atCap);
    assertThat(sha256(back.content())).isEqualTo(saved.sha256());

    int before = stored();
    byte[] overCap = AttachmentFiles.pdfOfSize(cap + 1);
    // sent without a length: refused at the first byte past the cap
    assertThatThrownBy(() -> attachments.receive(new ByteArrayInputStream(overCap), -1, "lớn.pdf"))
        .isInstanceOfSatisfying(AttachmentRefusedException.class, e -> {
          assertThat(e.status()).isEqualTo(413);
          assertThat(e.vietnamese()).contains("10 MB");
        });
    // with its length declared: refused before a byte is read
    InputStream unread = new InputStream() {
      @Override
      public int read() {
        throw new AssertionError("the body was read");
      }
    };
    assertThatThrownBy(() -> attachments.receive(unread, cap + 1, "lớn.pdf"))
        .isInstanceOfSatisfying(AttachmentRefusedException.class, e -> assertThat(e.status()).isEqualTo(413));
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void theTypeComesFromTheContentNotFromTheName() {
    AttachmentInfo pdfAsDocx = attach(binh, "tom-tat.docx", AttachmentFiles.pdf());
    assertThat(pdfAsDocx.type()).isEqualTo(AttachmentType.PDF);
    assertThat(pdfAsDocx.mediaType()).isEqualTo("application/pdf");
    assertThat(pdfAsDocx.fileName()).isEqualTo("tom-tat.docx.pdf");

    AttachmentInfo docxAsPdf = attach(binh, "Báo cáo thành tích.pdf", AttachmentFiles.docx("Ba năm liền giáo viên giỏi"));
    assertThat(docxAsPdf.type()).isEqualTo(AttachmentType.DOCX);
    assertThat(docxAsPdf.mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(docxAsPdf.fileName()).isEqualTo("Báo cáo thành tích.pdf.docx");

    assertThat(attach(binh, "scan.jpg", AttachmentFiles.image("png")).type()).isEqualTo(AttachmentType.PNG);
    assertThat(attach(binh, "scan.png", AttachmentFiles.image("jpeg")).type()).isEqualTo(AttachmentType.JPEG);
    AttachmentInfo tiff = attach(binh, "Bản chụp.TIF", AttachmentFiles.image("tiff"));
    assertThat(tiff.type()).isEqualTo(AttachmentType.TIFF);
    assertThat(tiff.fileName()).isEqualTo("Bản chụp.TIF");
    assertThat(attachments.ofNomination(binh.getId())).extracting(AttachmentInfo::id)
        .contains(pdfAsDocx.id(), docxAsPdf.id(), tiff.id());
  }

  @Test
  void anExecutableHtmlAZipThatIsNoWordDocumentAndAnEmptyFileAreRefusedAndNothingIsStored() {
    int before = stored();
    for (var refused : List.of(
        new Object[] {"tom-tat.pdf", AttachmentFiles.exe(), "application/x-"},
        new Object[] {"tom-tat.pdf", AttachmentFiles.html(), "text/html"},
        new Object[] {"tom-tat.docx", AttachmentFiles.zip("word/notes.txt", "x", "readme.txt", "y"),
            "không phải văn bản Word"},
        new Object[] {"tom-tat.docx", new byte[0], "Tệp trống"})) {
      byte[] content = (byte[]) refused[1];
      assertThatThrownBy(() -> attach(hoa, (String) refused[0], content)).as((String) refused[2])
          .isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.vietnamese()).contains((String) refused[2]);
          });
    }
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aZipBombDressedAsAWordDocumentIsRefusedWithoutCostingMemory() {
    byte[] bomb = AttachmentFiles.bombBeforeWordPart(200); // 200 MiB of zeros in a few hundred KB
    assertThat(bomb.length).isLessThan(1 << 20);
    long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
    long started = System.nanoTime();
    assertThatThrownBy(() -> AttachmentType.detect(bomb)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.vietnamese()).contains("tệp nén bất thường"));
    long millis = (System.nanoTime() - started) / 1_000_000;
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
    System.out.printf("ZIP bomb (%d bytes, 200 MiB inflated) refused in %d ms with %d KB allocated%n", bomb.length,
        millis, allocated >> 10);
    assertThat(allocated).as("bytes allocated while looking into the bomb").isLessThan(16L << 20);
  }

  @Test
  void filesFollowTheirNomineeWhenTheListIsReplacedAndGoWithANomineeTakenOff() {
    // a unit of its own, so that the other tests' files do not move under them
    var campaign = campaigns.start("binh-an-27-2025");
    ProcessInstance unit = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(campaign.getProcessInstanceId()).singleResult();
    Long conference = Long.valueOf(unit.getBusinessKey());
    new ConferenceDriver(engine, councils, unit).schedule("2025-03-27");
    List<Nomination> first = lists.replace(conferences.get(conference), List.of(entry("Lê Thị Mai"),
        entry("Phạm Văn Đức")), "test");
    byte[] pdf = AttachmentFiles.pdf();
    AttachmentInfo mai = attachments.attach(conference, first.get(0).getId(), attachments.receive(
        new ByteArrayInputStream(pdf), pdf.length, "mai.pdf"), "secretary");
    AttachmentInfo duc = attachments.attach(conference, first.get(1).getId(), attachments.receive(
        new ByteArrayInputStream(pdf), pdf.length, "duc.pdf"), "secretary");

    // Mai stays (written with other spaces and case), Đức leaves, Hùng joins
    List<Nomination> second = lists.replace(conferences.get(conference), List.of(entry("Nguyễn Văn Hùng"),
        entry("lê  thị MAI")), "test");

    Long newMai = second.get(1).getId();
    assertThat(newMai).isNotEqualTo(first.get(0).getId());
    assertThat(attachments.find(mai.id())).hasValueSatisfying(a -> assertThat(a.nominationId()).isEqualTo(newMai));
    assertThat(attachments.ofNomination(newMai)).extracting(AttachmentInfo::fileName).containsExactly("mai.pdf");
    assertThat(attachments.find(duc.id())).as("the file of a nominee taken off the list").isEmpty();
    assertThat(attachments.ofNomination(second.get(0).getId())).isEmpty();
    assertThat(nominations.findById(first.get(0).getId())).isEmpty();
  }

  @Test
  void aNomineeOfAnotherConferenceIsNotFound() {
    byte[] pdf = AttachmentFiles.pdf();
    var upload = attachments.receive(new ByteArrayInputStream(pdf), pdf.length, "x.pdf");
    assertThatThrownBy(() -> attachments.attach(conferenceId + 100_000, hoa.getId(), upload, "secretary"))
        .isInstanceOfSatisfying(AttachmentRefusedException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void aNomineesFilesAreMarkdownLinksForTheVoteFormWithTheirNamesKeptAsText() {
    assertThat(attachments.markdownLinks(List.of())).isEqualTo("—");
    assertThat(attachments.markdownLinks(null)).isEqualTo("—");
    AttachmentInfo summary = new AttachmentInfo(41L, conferenceId, hoa.getId(), "Tóm tắt [bản 2] (cuối)_*.pdf",
        "application/pdf", 10, "0".repeat(64), "secretary", EngineClock.now());
    AttachmentInfo scan = new AttachmentInfo(42L, conferenceId, hoa.getId(), "ảnh.png", "image/png", 10,
        "0".repeat(64), "office", EngineClock.now());
    assertThat(attachments.markdownLinks(List.of(summary, scan))).isEqualTo(
        "[Tóm tắt \\[bản 2\\] \\(cuối\\)\\_\\*\\.pdf](" + attachments.downloadPath(41L) + "); [ảnh\\.png]("
            + attachments.downloadPath(42L) + ")");
    assertThat(attachments.downloadPath(42L)).isEqualTo("/camunda/api/tasklist/plugin/thiduaflow-attachments/default/"
        + "attachments/42");
  }
}
