package vn.thiduaflow.system.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.thiduaflow.system.Problems;

/**
 * Recognises a request that failed because the database could not be reached (stopped, restarting, network gone, pool
 * exhausted while it is away), so that the caller gets 503 with Retry-After instead of a 500: nothing of the request was
 * written (its transaction never began or was rolled back) and it can be sent again as is.
 */
public final class DatabaseOutage {

  /** Seconds a client should wait before sending the request again (Retry-After). */
  public static final int RETRY_AFTER_SECONDS = 30;

  private static final String HIKARI_CLOSED = "Connection is closed";

  private DatabaseOutage() {}

  /**
   * Whether the exception or one of its causes says the database connection failed: JDBC connection errors
   * (SQLState class 08, Hikari's connection timeout or closed connection) or Spring's wrappers of them.
   */
  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return true;
      }
      // Hikari's pooled connection after its physical connection broke (no SQLState): seen when a transaction that
      // was running as the database went away is rolled back, and the rollback error replaces the original one
      if (t instanceof SQLException sql && sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage())) {
        return true;
      }
    }
    return false;
  }

  /** The problem+json body of the 503 answer (type urn:thiduaflow:database-unavailable, bilingual). */
  public static Map<String, Object> problem() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", "urn:thiduaflow:database-unavailable");
    p.put("title", Problems.title(503));
    p.put("status", 503);
    String detail = Problems.vietnamese(503) + " / The database cannot be reached; nothing of this request was saved. "
        + "Send it again in " + RETRY_AFTER_SECONDS + " seconds.";
    p.put("detail", detail);
    p.put("message", detail);
    return p;
  }
}
