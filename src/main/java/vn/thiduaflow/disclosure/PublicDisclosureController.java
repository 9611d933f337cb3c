package vn.thiduaflow.disclosure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.VietnameseDates;
import vn.thiduaflow.system.Messages;

/**
 * The public side of the disclosure (issue 24), without a login: the page {@code /cong-khai/} reads these answers.
 * <ul>
 *   <li>{@code GET /public/disclosures}: the lists open today (id, unit, title, period);</li>
 *   <li>{@code GET /public/disclosures/{id}}: one list as published — number, name, unit, title proposed, nothing
 *       more — with its period and clause, open or not;</li>
 *   <li>{@code POST /public/disclosures/{id}/comments} (JSON {@code {"entry": 2, "author": "…", "text": "…"}},
 *       {@code entry} omitted for the list as a whole): 201; 400 problem with the Vietnamese reason for a closed list
 *       or a wrong comment; 429 with {@code Retry-After} when the sender's network used its allowance
 *       ({@link DisclosureRateLimit}).</li>
 * </ul>
 * Who may reach the page is the network's business: {@code thiduaflow.disclosure.allowed-networks} (CIDR list) limits
 * it to the unit's networks ({@code DisclosureNetworkConfiguration}); nothing here tells which conference a comment is
 * for but the list's id in the path, and the list decides the conference.
 */
@RestController
@RequestMapping(path = "/public/disclosures", produces = "application/json")
class PublicDisclosureController {

  private final DisclosureService disclosures;

  PublicDisclosureController(DisclosureService disclosures) {
    this.disclosures = disclosures;
  }

  @GetMapping
  List<Map<String, Object>> open() {
    return disclosures.openToday().stream().map(PublicDisclosureController::heading).toList();
  }

  @GetMapping("/{id}")
  Map<String, Object> one(@PathVariable long id) {
    PublicDisclosure d = disclosures.get(id);
    Map<String, Object> answer = heading(d);
    answer.put("clause", d.getClause());
    answer.put("open", d.openOn(EngineClock.today()));
    answer.put("entries", disclosures.entriesOf(d.getId()).stream().map(PublicDisclosureController::entry).toList());
    return answer;
  }

  @PostMapping(path = "/{id}/comments", consumes = "application/json")
  ResponseEntity<Map<String, Object>> comment(@PathVariable long id, @RequestBody CommentRequest body,
      HttpServletRequest request) {
    if (body == null) {
      throw InvalidInputException.of("text", "disclosure.comment.unreadable");
    }
    DisclosureComment c = disclosures.comment(id, body.entry(), body.author(), body.text(), request.getRemoteAddr());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("received", true, "receivedOn",
        VietnameseDates.day(c.getReceivedAt().toLocalDate())));
  }

  @ExceptionHandler(DisclosureRateLimitedException.class)
  ResponseEntity<ProblemDetail> rateLimited() {
    String vi = Messages.vietnamese("disclosure.comment.rateLimited");
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
        vi + " / " + Messages.english("disclosure.comment.rateLimited"));
    p.setType(URI.create("urn:thiduaflow:rate-limited"));
    p.setProperty("vi", vi);
    p.setProperty("message", vi + ".");
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "600").body(p);
  }

  /** What is published of a line: its number, the name, the unit and the title proposed, nothing more. */
  private static Map<String, Object> entry(DisclosureEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", e.getNumber());
    m.put("name", e.getNomineeName());
    m.put("unit", e.getUnitName());
    m.put("title", e.getTitle());
    return m;
  }

  private static Map<String, Object> heading(PublicDisclosure d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.getId());
    m.put("unit", d.getUnitName());
    m.put("title", d.getTitle());
    m.put("publishedOn", VietnameseDates.day(d.getPublishedOn()));
    m.put("lastDay", VietnameseDates.day(d.getLastDay()));
    return m;
  }

  /** A comment as the page sends it; unknown members are ignored, sizes are checked by the service. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CommentRequest(Integer entry, String author, String text) {}
}
