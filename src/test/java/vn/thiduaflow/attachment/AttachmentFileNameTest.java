package vn.thiduaflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names of attached files as stored and as offered for download ({@link AttachmentFileName}). */
class AttachmentFileNameTest {

  @Test
  void aNameKeepsOnlyItsLastSegmentAndLosesWhatCouldDisguiseOrBreakIt() {
    assertThat(AttachmentFileName.sanitize("C:\\Users\\hoa\\Tóm tắt.pdf", AttachmentType.PDF)).isEqualTo("Tóm tắt.pdf");
    assertThat(AttachmentFileName.sanitize("../../etc/passwd", AttachmentType.PDF)).isEqualTo("passwd.pdf");
    // a right-to-left override that shows "…fdp.exe" as "…exe.pdf"
    assertThat(AttachmentFileName.sanitize("tom-tat\u202Efdp.exe", AttachmentType.PDF)).isEqualTo("tom-tatfdp.exe.pdf");
    assertThat(AttachmentFileName.sanitize("a<b>:\"c|d?*\r\n.png", AttachmentType.PNG)).isEqualTo("a_b___c_d__.png");
    assertThat(AttachmentFileName.sanitize("  ..ảnh   chụp..  ", AttachmentType.JPEG)).isEqualTo("ảnh chụp.jpg");
    assertThat(AttachmentFileName.sanitize(null, AttachmentType.DOCX)).isEqualTo("Tóm tắt thành tích.docx");
    assertThat(AttachmentFileName.sanitize(".pdf", AttachmentType.PDF)).isEqualTo("pdf.pdf");
  }

  @Test
  void aLongNameIsCutTo200CharactersKeepingItsExtension() {
    String name = AttachmentFileName.sanitize("Tóm tắt ".repeat(60) + ".docx", AttachmentType.DOCX);
    assertThat(name.codePointCount(0, name.length())).isEqualTo(200);
    assertThat(name).startsWith("Tóm tắt Tóm tắt").endsWith(" Tóm.docx");
    String emoji = AttachmentFileName.sanitize("😀".repeat(300), AttachmentType.PNG);
    assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(200);
    assertThat(emoji).endsWith("😀.png");
  }

  @Test
  void theDownloadNameIsRfc5987WithAnAsciiFallback() {
    assertThat(AttachmentFileName.contentDisposition("Tóm tắt \"Đức\".pdf")).isEqualTo(
        "attachment; filename=\"Tom tat _Duc_.pdf\"; filename*=UTF-8''T%C3%B3m%20t%E1%BA%AFt%20%22%C4%90%E1%BB%A9c%22.pdf");
  }
}
