package vn.thiduaflow.award;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the award register compares names: "Nguyễn Văn A", "nguyen van a" and "NGUYỄN  VĂN A" are the same key
 * ("nguyen van a"): Unicode NFD with the marks removed, đ as d, spaces collapsed, lower case.
 */
public final class RecipientNames {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private RecipientNames() {}

  /** The lookup key of a name or of a part of one; "" for null. */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return SPACES.matcher(MARKS.matcher(plain).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** The name as written, in Unicode NFC with its spaces collapsed (what is stored and printed). */
  public static String clean(String name) {
    return name == null ? null
        : Normalizer.normalize(SPACES.matcher(name.strip()).replaceAll(" "), Normalizer.Form.NFC);
  }
}
