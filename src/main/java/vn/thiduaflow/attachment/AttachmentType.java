package vn.thiduaflow.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.Message;

/**
 * The kinds of file a nominee's achievement summary may come as (issue 20: the Word or PDF document, or a scan of the
 * signed paper), each decided from the file's CONTENT, never from its name or the Content-Type the browser sent:
 * <ul>
 *   <li>PDF, JPEG, PNG, TIFF: by their magic numbers, read by Apache Tika's core detector ({@code tika-mimetypes.xml},
 *       no parsers);</li>
 *   <li>DOCX: a ZIP (the same detector) that holds the part {@value #DOCX_MAIN_PART}. The ZIP's entries are streamed
 *       one after the other through a fixed buffer until that part shows up, and the streaming is bounded
 *       ({@link #MAX_ZIP_ENTRIES} entries, {@link #MAX_INFLATED_BYTES} inflated, {@link #MAX_RATIO}:1 for entries
 *       from {@link #RATIO_CHECKED_FROM_BYTES}), so a ZIP bomb costs neither memory nor more than a moment.</li>
 * </ul>
 * Anything else (an executable, HTML, a ZIP that is no Word document, an old .doc, plain text) is refused with
 * {@link InvalidInputException} on the field {@code file}.
 */
public enum AttachmentType {
  PDF("application/pdf", "PDF", List.of("pdf")),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)", List.of("docx")),
  JPEG("image/jpeg", "Ảnh JPEG", List.of("jpg", "jpeg")),
  PNG("image/png", "Ảnh PNG", List.of("png")),
  TIFF("image/tiff", "Ảnh TIFF", List.of("tif", "tiff"));

  /** The part every Word (OOXML WordprocessingML) package holds: the document's body. */
  public static final String DOCX_MAIN_PART = "word/document.xml";
  /**
   * ZIP entries looked at, at most, before {@value #DOCX_MAIN_PART} must have shown up. Word writes it among the first
   * five; a document with many pictures has a few hundred parts in all.
   */
  static final int MAX_ZIP_ENTRIES = 2000;
  /** Bytes inflated in all, at most (32 MiB), while looking for the main part. */
  static final long MAX_INFLATED_BYTES = 32L << 20;
  /** Entries inflating to this many bytes or more (1 MiB) must keep {@link #MAX_RATIO}. */
  static final long RATIO_CHECKED_FROM_BYTES = 1L << 20;
  /** Inflated bytes per compressed byte at most (100:1); Word's XML parts compress about 5:1 to 20:1. */
  static final int MAX_RATIO = 100;

  private static final MediaType ZIP = MediaType.application("zip");

  private final String mediaType;
  private final String label;
  private final List<String> extensions;

  AttachmentType(String mediaType, String label, List<String> extensions) {
    this.mediaType = mediaType;
    this.label = label;
    this.extensions = extensions;
  }

  /** The media type the file is stored and served with. */
  public String mediaType() {
    return mediaType;
  }

  /** Vietnamese label ("Ảnh JPEG"). */
  public String label() {
    return label;
  }

  /** The file-name extensions of the type, lower case, the usual one first. */
  public List<String> extensions() {
    return extensions;
  }

  /** The type stored with this media type, or null when none is. */
  public static AttachmentType ofMediaType(String mediaType) {
    for (AttachmentType t : values()) {
      if (t.mediaType.equals(mediaType)) {
        return t;
      }
    }
    return null;
  }

  /** "PDF, Word (DOCX), …" for messages. */
  public static String allowedLabels() {
    return String.join(", ", java.util.Arrays.stream(values()).map(t -> t.label).toList());
  }

  /**
   * What the content is.
   *
   * @param content the whole file (at most {@code thiduaflow.attachments.max-bytes})
   * @throws InvalidInputException (field {@code file}) when the content is none of the allowed types
   */
  public static AttachmentType detect(byte[] content) {
    MediaType detected;
    try (InputStream in = new ByteArrayInputStream(content)) {
      detected = MimeTypes.getDefaultMimeTypes().detect(in, new Metadata()); // no name: magic bytes only
    } catch (IOException e) {
      throw refused(Message.of("attachment.content.unreadable"));
    }
    String base = detected.getBaseType().toString();
    for (AttachmentType t : List.of(PDF, JPEG, PNG, TIFF)) {
      if (t.mediaType.equals(base)) {
        return t;
      }
    }
    if (ZIP.equals(detected.getBaseType())
        || MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry().isSpecializationOf(detected.getBaseType(), ZIP)) {
      if (isWordDocument(content)) {
        return DOCX;
      }
      throw refused(Message.of("attachment.content.zipNotWord"));
    }
    throw refused(Message.of("attachment.content.otherType", base));
  }

  /** Whether a ZIP holds {@value #DOCX_MAIN_PART}, streamed within the bounds above (a bomb is refused). */
  private static boolean isWordDocument(byte[] zipFile) {
    byte[] drain = new byte[8192];
    long inflated = 0;
    int entries = 0;
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(zipFile),
        StandardCharsets.UTF_8.name(), false, true)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (DOCX_MAIN_PART.equals(entry.getName().toLowerCase(Locale.ROOT))) {
          return true;
        }
        if (++entries >= MAX_ZIP_ENTRIES) {
          return false;
        }
        long bytes = 0;
        for (int n; (n = zip.read(drain)) > 0; ) { // inflated into nothing, counted as it comes
          bytes += n;
          inflated += n;
          long compressed = Math.max(1, zip.getCompressedCount());
          if (inflated > MAX_INFLATED_BYTES
              || bytes >= RATIO_CHECKED_FROM_BYTES && bytes / compressed > MAX_RATIO) {
            throw refused(Message.of("attachment.content.abnormalZip"));
          }
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException refusal) {
        throw refusal;
      }
      return false; // a broken ZIP is no Word document
    }
  }

  /** The file refused for its content ({@code what}: "không đọc được" / "cannot be read"), naming the accepted types. */
  private static InvalidInputException refused(Message what) {
    return InvalidInputException.of("file", "attachment.content.refused", what, allowedLabels());
  }
}
