package vn.thiduaflow.system;

import java.util.Map;

/**
 * The bilingual titles and explanations of HTTP error statuses, shared by the project's API ({@code /api}) and
 * Camunda's REST API ({@code /engine-rest}) so both answer problem+json (RFC 9457) the same way.
 */
public final class Problems {

  private static final Map<Integer, String> TITLES = Map.ofEntries(
      Map.entry(400, "Dữ liệu không hợp lệ / Invalid input"),
      Map.entry(401, "Chưa đăng nhập / Unauthorized"),
      Map.entry(403, "Không có quyền / Forbidden"),
      Map.entry(404, "Không tìm thấy / Not found"),
      Map.entry(405, "Phương thức không được hỗ trợ / Method not allowed"),
      Map.entry(406, "Không cung cấp được định dạng yêu cầu / Not acceptable"),
      Map.entry(409, "Xung đột / Conflict"),
      Map.entry(411, "Thiếu độ dài nội dung / Length required"),
      Map.entry(413, "Dữ liệu gửi lên quá lớn / Payload too large"),
      Map.entry(415, "Kiểu nội dung không được hỗ trợ / Unsupported media type"),
      Map.entry(429, "Đăng nhập sai quá nhiều lần / Too many failed attempts"),
      Map.entry(500, "Lỗi hệ thống / Internal error"),
      Map.entry(503, "Tạm thời không phục vụ được / Service unavailable"));

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
    return TITLES.getOrDefault(status, status >= 500 ? TITLES.get(500) : "Yêu cầu không thực hiện được / "
        + "Request refused");
  }

  /** A Vietnamese sentence explaining the status, put before the English detail. */
  public static String vietnamese(int status) {
    return switch (status) {
      case 403 -> "Bạn không có quyền thực hiện việc này";
      case 404 -> "Không tìm thấy đối tượng yêu cầu";
      case 405 -> "Đường dẫn này không nhận phương thức đã dùng";
      case 406 -> "Đường dẫn này chỉ trả về JSON";
      case 409 -> "Dữ liệu đã thay đổi, hãy tải lại";
      case 415 -> "Hãy gửi đúng kiểu nội dung (Content-Type) mà đường dẫn nhận";
      case 503 -> "Cơ sở dữ liệu tạm thời không truy cập được; yêu cầu chưa được ghi, hãy gửi lại sau ít phút";
      default -> status >= 500 ? "Lỗi hệ thống, đã ghi nhật ký" : "Yêu cầu không hợp lệ";
    };
  }
}
