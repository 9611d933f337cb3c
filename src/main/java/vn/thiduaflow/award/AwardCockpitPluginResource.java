package vn.thiduaflow.award;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import vn.thiduaflow.conference.UnitAccess.NotVisibleException;
import vn.thiduaflow.document.NomineeWorkbook;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.UploadBusyException;

/**
 * The award register for Cockpit's page «Sổ khen thưởng», with the logged-in webapp user's authentication (user and
 * groups, set by the webapp's filter for the request), the same rules and answers as {@code /api/awards}
 * ({@link AwardController}):
 * <ul>
 *   <li>{@code GET .../awards?name=&unit=&unitCode=&award=&from=&to=&birthYear=&page=&size=}: an
 *       {@link AwardLookup.Answer} (dates ISO, yyyy-mm-dd);</li>
 *   <li>{@code GET .../awards/me}: what the page offers the user — {@code canRead}, {@code canImport} with
 *       {@code importUnits} (described) and {@code ownUnit}, {@code canPrint}, and the bounds ({@code maxRows},
 *       {@code maxBytes}, {@code maxPage});</li>
 *   <li>{@code POST .../awards/import} (body: the XLSX file; header {@code X-File-Name}, percent-encoded UTF-8):
 *       {@link AwardImport.Result}, or 400 with every problem in {@code errors};</li>
 *   <li>{@code GET .../awards/template.xlsx}; {@code GET .../awards/certificates} (the templates, each with its
 *       {@code testPrintPath}) and {@code GET .../awards/certificates/{id}/test-print.pdf}.</li>
 * </ul>
 * Refusals are problem+json with {@code vi} and {@code en}: 400 (wrong input), 403 (not allowed), 404 (no such
 * template), 503 with Retry-After (every reader busy).
 */
public class AwardCockpitPluginResource extends AbstractCockpitPluginResource {

  static final String PROBLEM = "application/problem+json;charset=UTF-8";
  static final String FILE_NAME_HEADER = "X-File-Name";

  private final AwardLookup lookup;
  private final AwardImport imports;
  private final AwardWorkbook workbook;
  private final AwardAccess access;
  private final ObjectMapper json;

  AwardCockpitPluginResource(String engineName, ApplicationContext context) {
    super(engineName);
    this.lookup = context.getBean(AwardLookup.class);
    this.imports = context.getBean(AwardImport.class);
    this.workbook = context.getBean(AwardWorkbook.class);
    this.access = context.getBean(AwardAccess.class);
    this.json = context.getBean(ObjectMapper.class);
  }

  /** One page of the register (see {@link AwardLookup#find}). */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response search(@QueryParam("name") String name, @QueryParam("unit") String unit,
      @QueryParam("unitCode") String unitCode, @QueryParam("award") String award, @QueryParam("from") String from,
      @QueryParam("to") String to, @QueryParam("birthYear") String birthYear,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("" + AwardLookup.DEFAULT_PAGE) String size) {
    return answer(() -> ok(lookup.find(caller(), new AwardQuery(name, unitCode, unit, award, day("from", from),
        day("to", to), number("birthYear", birthYear)), orDefault(number("page", page), 0),
        orDefault(number("size", size), AwardLookup.DEFAULT_PAGE))));
  }

  /** What the page offers this user. */
  @GET
  @Path("me")
  @Produces(MediaType.APPLICATION_JSON)
  public Response me() {
    return answer(() -> {
      Map<String, Object> body = new LinkedHashMap<>();
      Authentication caller = caller();
      body.put("user", caller == null ? null : caller.getUserId());
      body.put("canRead", allowed(() -> access.readable(caller)));
      AwardAccess.Importer importer = null;
      try {
        importer = access.importer(caller);
      } catch (AwardAccess.NotAllowedException notAnImporter) {
        // the page shows no upload
      }
      body.put("canImport", importer != null);
      body.put("importUnits", importer == null ? null : importer.everyUnit() ? "mọi đơn vị (quản trị viên)"
          : importer.described());
      body.put("ownUnit", importer == null ? null : importer.defaultUnit().orElse(null));
      body.put("canPrint", allowed(() -> {
        access.certificatePrinter(caller);
        return true;
      }));
      body.put("maxRows", AwardWorkbook.MAX_ROWS);
      body.put("maxBytes", AwardWorkbook.MAX_FILE_BYTES);
      body.put("maxPage", AwardRegister.MAX_PAGE);
      return ok(body);
    });
  }

  /** Imports a filled template (see {@link AwardImport#importFile}). */
  @POST
  @Path("import")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response importFile(@HeaderParam(FILE_NAME_HEADER) String fileName, InputStream body) {
    return answer(() -> {
      AwardController.requireXlsx(decoded(fileName));
      return ok(imports.importFile(caller(), body));
    });
  }

  /** The empty template. */
  @GET
  @Path("template.xlsx")
  public Response template() {
    return answer(() -> file(workbook.template(), NomineeWorkbook.MEDIA_TYPE, "mau-so-khen-thuong.xlsx"));
  }

  /** The certificate templates with their test print's path. */
  @GET
  @Path("certificates")
  @Produces(MediaType.APPLICATION_JSON)
  public Response certificates() {
    return answer(() -> ok(lookup.templates(caller()).stream().map(t -> {
      Map<String, String> row = new LinkedHashMap<>(t);
      row.put("testPrintPath", "certificates/" + t.get("id") + "/test-print.pdf");
      return row;
    }).toList()));
  }

  /** A template's test print on a 5 mm grid (PDF). */
  @GET
  @Path("certificates/{id}/test-print.pdf")
  public Response testPrint(@PathParam("id") String id) {
    return answer(() -> file(lookup.testPrint(caller(), id), "application/pdf", AwardLookup.testPrintName(id)));
  }

  private Authentication caller() {
    // the webapp's security filter refuses requests without a login before they get here
    return getCurrentAuthentication();
  }

  private static boolean allowed(Supplier<Object> check) {
    try {
      check.get();
      return true;
    } catch (AwardAccess.NotAllowedException e) {
      return false;
    }
  }

  /** Runs a request, answering refusals as problem+json. */
  private Response answer(Supplier<Response> work) {
    try {
      return work.get();
    } catch (InvalidInputException e) {
      Map<String, Object> p = e.problem();
      return write(Response.status(400).type(PROBLEM), p);
    } catch (AwardAccess.NotAllowedException e) {
      return problem(403, e.vietnamese(), e.english());
    } catch (NotVisibleException e) {
      String[] texts = e.getMessage().split(" / ", 2);
      return problem(404, texts[0], texts.length > 1 ? texts[1] : texts[0]);
    } catch (UploadBusyException e) {
      Response.ResponseBuilder r = Response.status(503).type(PROBLEM).header("Retry-After", e.retryAfterSeconds());
      return write(r, Map.of("status", 503, "title", "Service Unavailable", "vi", e.getMessage(),
          "retryAfter", e.retryAfterSeconds()));
    }
  }

  private Response problem(int status, String vietnamese, String english) {
    return write(Response.status(status).type(PROBLEM), Map.of("status", status, "vi", vietnamese, "en", english));
  }

  private static LocalDate day(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "awardLookup.date", value);
    }
  }

  private static Integer number(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(field, "awardLookup.number", value);
    }
  }

  private static int orDefault(Integer value, int otherwise) {
    return value == null ? otherwise : value;
  }

  private static String decoded(String header) {
    if (header == null) {
      return null;
    }
    try {
      return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return header;
    }
  }

  private static Response file(byte[] content, String mediaType, String fileName) {
    return Response.ok(content, MediaType.valueOf(mediaType))
        .header("Content-Disposition", ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8)
            .build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private Response ok(Object body) {
    return write(Response.ok().type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")), body);
  }

  private Response write(Response.ResponseBuilder response, Object body) {
    try {
      return response.entity(json.writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("award register JSON", e);
    }
  }
}
