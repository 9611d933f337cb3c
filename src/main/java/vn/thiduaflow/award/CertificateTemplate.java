package vn.thiduaflow.award;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Where a certificate's fields go on an A4 landscape sheet (297 × 210 mm), read from a template file
 * ({@code certificates/<id>.yaml} on the classpath, or the directory {@code thiduaflow.certificates.directory}). An
 * authority whose pre-printed blanks (phôi bằng) leave other spaces writes its own template with the positions
 * measured on a test print ({@link CertificatePrinter#testPrint}).
 *
 * @param id the template's id (the file's name without {@code .yaml})
 * @param label what the template is for, as people choose it ("Giấy khen — phôi của UBND xã Bình An")
 * @param title the award form's name printed in full mode ("GIẤY KHEN", "BẰNG KHEN")
 * @param fields every {@link CertificateField}'s box
 */
public record CertificateTemplate(String id, String label, String title, Map<CertificateField, Box> fields) {

  /**
   * A field's box: the text is written from its top on the box's width, in the given size, centred on {@code x} or
   * starting at it.
   *
   * @param x millimetres from the sheet's left edge: the box's centre when centred, else its left side
   * @param y millimetres from the sheet's top edge to the first line's baseline
   * @param width millimetres the text may take; a longer text wraps onto further lines
   * @param size font size in points
   * @param bold whether in bold
   * @param italic whether in italic
   * @param centered whether centred on {@code x} (else left-aligned at it)
   * @param lineHeight millimetres between the baselines of wrapped lines (0: 1.35 × the font size)
   */
  public record Box(double x, double y, double width, float size, boolean bold, boolean italic,
      @JsonProperty(defaultValue = "true") Boolean centered, double lineHeight) {

    /** Whether the text is centred (the default). */
    public boolean isCentered() {
      return centered == null || centered;
    }
  }
}
