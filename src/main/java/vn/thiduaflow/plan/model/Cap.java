package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * A cap in people.
 *
 * @param value the most people allowed (inclusive: exactly the value passes)
 * @param clause source clause
 * @param appliesTo which conferences of the tier it caps; absent: {@link CapScope#DELEGATE_CONFERENCES} (a plenary
 *     conference, where the tier has a plenary threshold, takes every staff member)
 */
public record Cap(@Positive int value, @NotBlank String clause, CapScope appliesTo) {

  public Cap {
    appliesTo = appliesTo == null ? CapScope.DELEGATE_CONFERENCES : appliesTo;
  }

  /** A cap on delegate conferences. */
  public Cap(int value, String clause) {
    this(value, clause, null);
  }

  /** Whether the cap also binds a plenary conference of the tier. */
  public boolean bindsPlenary() {
    return appliesTo == CapScope.EVERY_CONFERENCE;
  }
}
