package vn.thiduaflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the tests: Basic credentials, any method, content type and body; answers as JSON. */
public final class Http {

  /** Password of every test account. */
  public static final String PASSWORD = "Test-Passw0rd!";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient client;
  private final java.time.Duration timeout;

  public Http(int port) {
    this(port, false);
  }

  public Http(int port, boolean cookies) {
    this(port, cookies, null);
  }

  /**
   * A client of the application on {@code localhost:port}.
   *
   * @param cookies true: keeps the cookies answers set and sends them back (a browser's session)
   * @param timeout how long a request may wait for its answer (then an {@link UncheckedIOException} with
   *     {@link java.net.http.HttpTimeoutException}), or null: as long as it takes
   */
  public Http(int port, boolean cookies, java.time.Duration timeout) {
    this.base = "http://localhost:" + port;
    HttpClient.Builder b = HttpClient.newBuilder();
    if (cookies) {
      b.cookieHandler(new CookieManager());
    }
    this.client = b.build();
    this.timeout = timeout;
  }

  public record Answer(int status, HttpHeaders headers, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The value of a cookie this answer sets, or null. */
    String cookie(String name) {
      return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
          .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst().orElse(null);
    }
  }

  /**
   * The webapp's CSRF token to send next: the fresh one an answer carries (cookie or header, the webapp rotates it
   * at login), else the one held.
   */
  public static String latestCsrfToken(Answer answer, String token) {
    String fresh = answer.cookie("XSRF-TOKEN");
    if (fresh == null) {
      fresh = answer.header("X-XSRF-TOKEN");
    }
    return fresh == null ? token : fresh;
  }

  /**
   * The body of a Camunda REST form submission: {@code {"variables":{"name":{"value":<json>}}}} from name / JSON-value
   * pairs (strings quoted by the caller).
   */
  public static String form(String... nameValue) {
    StringBuilder b = new StringBuilder("{\"variables\":{");
    for (int i = 0; i + 1 < nameValue.length; i += 2) {
      b.append(i == 0 ? "" : ",").append('"').append(nameValue[i]).append("\":{\"value\":").append(nameValue[i + 1])
          .append('}');
    }
    return b.append("}}").toString();
  }

  public Answer get(String user, String path) {
    return send(user, PASSWORD, "GET", path, null, null);
  }

  public Answer json(String user, String method, String path, String body) {
    return send(user, PASSWORD, method, path, "application/json", body);
  }

  public Answer send(String user, String password, String method, String path, String contentType, String body) {
    return send(user, password, method, path, contentType, body, new String[0]);
  }

  /** A binary answer (a downloaded document): status, headers, bytes. */
  public record Download(int status, HttpHeaders headers, byte[] body) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The body as text (an error answer's problem JSON). */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A request with a binary body (or none) whose answer is kept as bytes. */
  public Download bytes(String user, String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path));
    r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
        .getBytes(StandardCharsets.UTF_8)));
    if (contentType != null) {
      r.header("Content-Type", contentType);
    }
    r.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      HttpResponse<byte[]> response = client.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends the body without a length (Transfer-Encoding: chunked). */
  Answer chunked(String user, String method, String path, String contentType, String body) {
    return send(user, PASSWORD, method, path, contentType, HttpRequest.BodyPublishers.fromPublisher(
        HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  public Answer send(String user, String password, String method, String path, String contentType, String body,
      String... headers) {
    return send(user, password, method, path, contentType, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), headers);
  }

  private Answer send(String user, String password, String method, String path, String contentType,
      HttpRequest.BodyPublisher body, String... headers) {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path));
    if (user != null) {
      r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
          .getBytes(StandardCharsets.UTF_8)));
    }
    if (contentType != null) {
      r.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      r.header(headers[i], headers[i + 1]);
    }
    r.method(method, body);
    if (timeout != null) {
      r.timeout(timeout);
    }
    try {
      HttpResponse<String> response = client.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * An administrator: group camunda-admin with ALL on every resource, as the starter creates it from
   * camunda.bpm.admin-user outside tests; user {@code test-admin} with {@link #PASSWORD}. Idempotent.
   */
  public static void ensureAdmin(org.camunda.bpm.engine.ProcessEngine engine) {
    var identityService = engine.getIdentityService();
    if (identityService.createGroupQuery().groupId("camunda-admin").count() == 0) {
      identityService.saveGroup(identityService.newGroup("camunda-admin"));
      var authorizations = engine.getAuthorizationService();
      for (var resource : org.camunda.bpm.engine.authorization.Resources.values()) {
        var grant = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("camunda-admin");
        grant.setResource(resource);
        grant.setResourceId("*");
        grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.ALL);
        authorizations.saveAuthorization(grant);
      }
    }
    if (identityService.createUserQuery().userId("test-admin").count() == 0) {
      var user = identityService.newUser("test-admin");
      user.setPassword(Http.PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership("test-admin", "camunda-admin");
    }
  }
}
