package vn.thiduaflow.app;

import java.net.URI;
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
import vn.thiduaflow.conference.UnitAccess.ForbiddenException;
import vn.thiduaflow.conference.UnitAccess.NotVisibleException;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.Problems;

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

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setType(URI.create(InvalidInputException.TYPE));
    p.setTitle(InvalidInputException.TITLE);
    e.problem().forEach((name, value) -> {
      if (!java.util.Set.of("type", "title", "status", "detail").contains(name)) {
        p.setProperty(name, value); // field, vi, en, message: the same members as on /engine-rest
      }
    });
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
    String field = fieldOf(ex.getCause());
    String where = field == null ? "" : " — " + field;
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Nội dung yêu cầu không đọc được (JSON, ngày dạng 2025-03-31)"
        + where + " / The request body cannot be read (JSON, dates as 2025-03-31)" + where);
    p.setType(URI.create("urn:thiduaflow:unreadable"));
    if (field != null) {
      p.setProperty("field", field);
    }
    return ResponseEntity.badRequest().body(p);
  }

  /** The JSON path of the value Jackson could not read ({@code date}, {@code [1].recognizedYear}), or null. */
  private static String fieldOf(Throwable cause) {
    if (cause instanceof com.fasterxml.jackson.databind.JsonMappingException e && !e.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (var ref : e.getPath()) {
        if (ref.getFieldName() != null) {
          path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
      return path.isEmpty() ? null : path.toString();
    }
    return null;
  }

  /** Spring's own errors (405, 415, 406, missing parameters …): same status, bilingual title, detail kept. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    if (body == null && ex instanceof ErrorResponse error) {
      body = error.getBody(); // Spring passes its own errors without a body and builds it later
    }
    if (body instanceof ProblemDetail p) {
      p.setTitle(Problems.title(status.value()));
      if (ex instanceof ErrorResponse) {
        p.setDetail(Problems.vietnamese(status.value()) + " / " + p.getDetail());
      }
    }
    return super.handleExceptionInternal(ex, body, headers, status, request);
  }

  private static ProblemDetail problem(HttpStatus status, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(Problems.title(status.value()));
    return p;
  }
}
