package vn.thiduaflow.attachment;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The name an attached file is kept and offered under, and the {@code Content-Disposition} that offers it.
 * <ul>
 *   <li>{@link #sanitize}: the last segment of what the browser sent (no folders), NFC, without control, format (the
 *       bidirectional overrides that disguise an extension) or line-separator characters, {@code < > : " / \ | ? *}
 *       replaced by {@code _}, runs of spaces as one, no dots or spaces at either end, at most {@value #MAX_LENGTH}
 *       characters (Unicode code points) with its extension kept; the extension of the type read from the content is
 *       added when the name has none of that type's ({@code báo cáo.docx} holding a PDF becomes
 *       {@code báo cáo.docx.pdf}); an empty name becomes "Tóm tắt thành tích".</li>
 *   <li>{@link #contentDisposition}: {@code attachment}, an ASCII {@code filename} for old clients (accents taken off,
 *       anything else outside printable ASCII as {@code _}) and the exact name as RFC 5987 / RFC 6266
 *       {@code filename*=UTF-8''…}.</li>
 * </ul>
 */
public final class AttachmentFileName {

  /** Longest stored name (characters; column nominee_attachment.file_name). */
  public static final int MAX_LENGTH = 200;
  private static final String DEFAULT_BASE = "Tóm tắt thành tích";

  private AttachmentFileName() {}

  /**
   * The name to store.
   *
   * @param sent the name as the client sent it (may be null or empty)
   * @param type the type read from the content
   * @return a name of 1 to {@value #MAX_LENGTH} characters ending in one of the type's extensions
   */
  public static String sanitize(String sent, AttachmentType type) {
    String name = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}\\p{Co}\\p{Cn}]", "")
        .replaceAll("[<>:\"/\\\\|?*]", "_")
        .replaceAll("\\s+", " ");
    name = trimDotsAndSpaces(name);
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    String base;
    String suffix;
    if (type.extensions().contains(extension)) {
      base = trimDotsAndSpaces(name.substring(0, dot));
      suffix = "." + name.substring(dot + 1);
    } else {
      base = name;
      suffix = "." + type.extensions().get(0);
    }
    if (base.isEmpty()) {
      base = DEFAULT_BASE;
    }
    int room = MAX_LENGTH - suffix.codePointCount(0, suffix.length());
    if (base.codePointCount(0, base.length()) > room) {
      base = trimDotsAndSpaces(base.substring(0, base.offsetByCodePoints(0, room)));
    }
    return base + suffix;
  }

  /**
   * The header value that makes a browser save the file under its name: {@code attachment; filename="ascii";
   * filename*=UTF-8''percent-encoded}.
   */
  public static String contentDisposition(String name) {
    return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + rfc5987(name);
  }

  private static String trimDotsAndSpaces(String s) {
    return s.replaceAll("^[\\s.]+|[\\s.]+$", "");
  }

  /** The name in printable ASCII: Vietnamese letters without their marks, anything else as {@code _}. */
  static String ascii(String name) {
    String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    StringBuilder b = new StringBuilder();
    for (char c : plain.toCharArray()) {
      b.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
    }
    return b.toString();
  }

  /** RFC 5987 value-chars: attr-char as itself, every other byte of the UTF-8 encoding as %XX. */
  static String rfc5987(String name) {
    StringBuilder b = new StringBuilder();
    for (byte x : name.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return b.toString();
  }
}
