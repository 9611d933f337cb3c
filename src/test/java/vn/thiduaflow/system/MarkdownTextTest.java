package vn.thiduaflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A user's note shown in a form's Markdown stays text: no link, image, emphasis or line of its own. */
class MarkdownTextTest {

  @Test
  void linksImagesAndEmphasisBecomeLiteralText() {
    assertThat(MarkdownText.escape("[Phiếu bầu chính thức](https://x.example) ![a](b) **đậm**"))
        .isEqualTo("\\[Phiếu bầu chính thức\\]\\(https\\:\\/\\/x\\.example\\) \\!\\[a\\]\\(b\\) \\*\\*đậm\\*\\*");
  }

  @Test
  void lineBreaksBecomeSpacesAndNullIsEmpty() {
    assertThat(MarkdownText.escape("dòng 1\n# dòng 2")).isEqualTo("dòng 1 \\# dòng 2");
    assertThat(MarkdownText.escape(null)).isEmpty();
  }
}
