package vn.thiduaflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thiduaflow.system.Problems;

/**
 * Refuses a request body larger than {@code thiduaflow.http.max-request-bytes} (bytes; default 1 MiB, enough for any
 * plan file or nominee list) before it is read: 413 as problem+json, nothing is processed. A body sent without a
 * declared length (chunked) is refused with 411, as its size cannot be checked before reading it.
 */
@Component
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long limit;

  RequestSizeLimitFilter(@Value("${thiduaflow.http.max-request-bytes:1048576}") long limit) {
    this.limit = limit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    if (length > limit) {
      refuse(response, 413, "payload-too-large", "Dữ liệu gửi lên quá lớn / Payload too large",
          "Nội dung " + length + " byte vượt giới hạn " + limit + " byte / The body of " + length
              + " bytes exceeds the limit of " + limit + " bytes");
      return;
    }
    if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
      refuse(response, 411, "length-required", "Thiếu độ dài nội dung / Length required",
          "Hãy gửi kèm Content-Length (tối đa " + limit + " byte) / Send a Content-Length (at most " + limit
              + " bytes)");
      return;
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "urn:thiduaflow:" + type);
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    problem.put("rule", "thiduaflow.http.max-request-bytes");
    Problems.write(response, status, problem);
  }
}
