package vn.thiduaflow.system;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the project's own API as problem+json (RFC 9457): the field and the rule, in Vietnamese and English.
 * Nothing is written when a request is refused (each API call is one transaction).
 */
@RestControllerAdvice(basePackages = "vn.thiduaflow")
class ApiErrors {

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("Dữ liệu không hợp lệ / Invalid input");
    p.setType(URI.create("urn:thiduaflow:invalid-input"));
    p.setProperty("field", e.field());
    return p;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Nội dung yêu cầu không đọc được (JSON, ngày dạng 2025-03-31) / The request body cannot be read (JSON, dates "
            + "as 2025-03-31)");
    p.setTitle("Dữ liệu không hợp lệ / Invalid input");
    p.setType(URI.create("urn:thiduaflow:unreadable"));
    return p;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail notFound(IllegalArgumentException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    p.setTitle("Không tìm thấy / Not found");
    return p;
  }
}
