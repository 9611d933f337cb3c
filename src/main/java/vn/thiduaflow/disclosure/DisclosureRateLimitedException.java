package vn.thiduaflow.disclosure;

/** A sender's network sent its allowance of comments in the window ({@link DisclosureRateLimit}): answered 429. */
public class DisclosureRateLimitedException extends RuntimeException {

  public DisclosureRateLimitedException() {
    super("too many comments from this network; try again later");
  }
}
