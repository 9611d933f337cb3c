package vn.thiduaflow.system;

import java.net.URI;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.thiduaflow.security.UnitAccess.ForbiddenException;
import vn.thiduaflow.security.UnitAccess.NotVisibleException;

/**
 * Errors of the project's own API as problem+json (RFC 9457), in Vietnamese and English: a broken rule names the field
 * ({@link InvalidInputException}, 400); an unreadable body, a wrong parameter type, a wrong content type (415) or
 * method (405) keep Spring's status with a bilingual title and detail; an object the caller may not see is 404 exactly
 * like one that does not exist; one the caller may see but not change is 403. Nothing is written when a request is
 * refused (each API call is one transaction). Not limited to the project's controllers: a wrong content type or method
 * is refused before any controller is chosen, and must get the same answer.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Map<Integer, String> TITLES = Map.of(
      400, "Dữ liệu không hợp lệ / Invalid input",
      403, "Không có quyền / Forbidden",
      404, "Không tìm thấy / Not found",
      405, "Phương thức không được hỗ trợ / Method not allowed",
      406, "Không cung cấp được định dạng yêu cầu / Not acceptable",
      413, "Dữ liệu gửi lên quá lớn / Payload too large",
      415, "Kiểu nội dung không được hỗ trợ / Unsupported media type");

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setType(URI.create(InvalidInputException.TYPE));
    p.setTitle(InvalidInputException.TITLE);
    p.setProperty("field", e.field());
    p.setProperty("vi", e.vietnamese());
    p.setProperty("en", e.english());
    return p;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "'" + e.getName() + "' không đúng kiểu (" + e.getValue()
        + ") / '" + e.getName() + "' has the wrong type (" + e.getValue() + ")");
    p.setType(URI.create(InvalidInputException.TYPE));
    p.setProperty("field", e.getName());
    return p;
  }

  @ExceptionHandler({NotVisibleException.class, IllegalArgumentException.class})
  ProblemDetail notFound(RuntimeException e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler({ForbiddenException.class, AuthorizationException.class})
  ProblemDetail forbidden(RuntimeException e) {
    return problem(HttpStatus.FORBIDDEN, e.getMessage());
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Nội dung yêu cầu không đọc được (JSON, ngày dạng 2025-03-31)"
        + " / The request body cannot be read (JSON, dates as 2025-03-31)");
    p.setType(URI.create("urn:thiduaflow:unreadable"));
    return ResponseEntity.badRequest().body(p);
  }

  /** Spring's own errors (405, 415, 406, missing parameters …): same status, bilingual title, detail kept. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    if (body == null && ex instanceof ErrorResponse error) {
      body = error.getBody(); // Spring passes its own errors without a body and builds it later
    }
    if (body instanceof ProblemDetail p && TITLES.containsKey(status.value())) {
      p.setTitle(TITLES.get(status.value()));
      if (ex instanceof ErrorResponse) {
        p.setDetail(vietnamese(status.value()) + " / " + p.getDetail());
      }
    }
    return super.handleExceptionInternal(ex, body, headers, status, request);
  }

  private static String vietnamese(int status) {
    return switch (status) {
      case 405 -> "Đường dẫn này không nhận phương thức đã dùng";
      case 415 -> "Hãy gửi đúng kiểu nội dung (Content-Type) mà đường dẫn nhận";
      case 406 -> "Đường dẫn này chỉ trả về JSON";
      default -> "Yêu cầu không hợp lệ";
    };
  }

  private static ProblemDetail problem(HttpStatus status, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(TITLES.get(status.value()));
    return p;
  }
}
