package vn.thiduaflow.system;

import java.util.Map;

/**
 * The bilingual titles and explanations of HTTP error statuses, shared by the project's API ({@code /api}) and
 * Camunda's REST API ({@code /engine-rest}) so both answer problem+json (RFC 9457) the same way. The texts are the
 * bundles' ({@code problem.title.*}, {@code problem.detail.*}).
 */
public final class Problems {

  /** The bundle key of each status's title ({@code problem.title.*}, messages_vi / messages_en). */
  private static final Map<Integer, String> TITLES = Map.ofEntries(
      Map.entry(400, "problem.title.invalidInput"),
      Map.entry(401, "problem.title.unauthorized"),
      Map.entry(403, "problem.title.forbidden"),
      Map.entry(404, "problem.title.notFound"),
      Map.entry(405, "problem.title.methodNotAllowed"),
      Map.entry(406, "problem.title.notAcceptable"),
      Map.entry(409, "problem.title.conflict"),
      Map.entry(411, "problem.title.lengthRequired"),
      Map.entry(413, "problem.title.payloadTooLarge"),
      Map.entry(415, "problem.title.unsupportedMediaType"),
      Map.entry(429, "problem.title.tooManyAttempts"),
      Map.entry(500, "problem.title.internalError"),
      Map.entry(503, "problem.title.unavailable"));

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private Problems() {}

  /**
   * Writes a problem+json answer from a servlet filter, before any controller (UTF-8).
   *
   * @param problem the members, {@code status} among them
   */
  public static void write(jakarta.servlet.http.HttpServletResponse response, int status, Map<String, Object> problem)
      throws java.io.IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), problem);
  }

  /**
   * The members of a problem: {@code type}, the status's bilingual {@link #title}, {@code status}, {@code detail}
   * ("Vietnamese / English"); callers add their own members to the (mutable, ordered) map.
   */
  public static Map<String, Object> of(int status, String type, String detail) {
    Map<String, Object> problem = new java.util.LinkedHashMap<>();
    problem.put("type", type);
    problem.put("title", title(status));
    problem.put("status", status);
    problem.put("detail", detail);
    return problem;
  }

  /** "Vietnamese / English" title of the status; the 4xx/5xx general title for statuses not listed. */
  public static String title(int status) {
    String key = TITLES.getOrDefault(status, status >= 500 ? TITLES.get(500) : "problem.title.refused");
    return Messages.vietnamese(key) + " / " + Messages.english(key);
  }

  /** A Vietnamese sentence explaining the status, put before the English detail. */
  public static String vietnamese(int status) {
    return Messages.vietnamese(switch (status) {
      case 403 -> "problem.detail.forbidden";
      case 404 -> "problem.detail.notFound";
      case 405 -> "problem.detail.methodNotAllowed";
      case 406 -> "problem.detail.notAcceptable";
      case 409 -> "problem.detail.conflict";
      case 415 -> "problem.detail.unsupportedMediaType";
      case 503 -> "problem.detail.unavailable";
      default -> status >= 500 ? "problem.detail.internalError" : "problem.detail.invalidRequest";
    });
  }
}
