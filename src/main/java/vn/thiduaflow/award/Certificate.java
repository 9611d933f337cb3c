package vn.thiduaflow.award;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Map;

/**
 * The texts of one certificate, each in Unicode NFC (as the font's precomposed Vietnamese glyphs need).
 *
 * @param texts every field's text; a field without text is left empty
 */
public record Certificate(Map<CertificateField, String> texts) {

  public Certificate {
    Map<CertificateField, String> normalized = new EnumMap<>(CertificateField.class);
    texts.forEach((field, text) -> {
      if (text != null && !text.isBlank()) {
        normalized.put(field, Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
      }
    });
    texts = Map.copyOf(normalized);
  }

  /** The text of a field, "" when it has none. */
  public String text(CertificateField field) {
    return texts.getOrDefault(field, "");
  }

  /** A certificate with one more field set. */
  public Certificate with(CertificateField field, String text) {
    Map<CertificateField, String> more = new EnumMap<>(CertificateField.class);
    more.putAll(texts);
    more.put(field, text);
    return new Certificate(more);
  }
}
