package vn.thiduaflow.conference;

import java.util.List;
import java.util.stream.IntStream;
import vn.thiduaflow.system.InvalidInputException.Violation;

/**
 * The delegate composition the standing office proposes (all counts in people, or collectives for presentations and
 * upper-level delegates), as {@link ConferenceComposition#propose} records it and checks it against the plan.
 *
 * <p>Each count must lie in 0–{@value #MAX_COUNT} ({@link #violations}). That check is not thrown when the value is
 * built, because the composition form is refused with every problem at once: with the standing office's attestation
 * of the balance criteria ({@link CompositionBalanceService#propose}).
 *
 * @param exemplarDelegates exemplar delegates
 * @param guestDelegates guests and leaders
 * @param presidiumSize presidium members (0 when omitted)
 * @param presidiumExemplars presidium members who are heroes, emulation fighters or exemplars
 * @param presentationsResidential presentations by residential groups
 * @param presentationsMassOrg presentations by mass organizations
 * @param presentationsAgency presentations by agencies
 * @param presentationsIndividual presentations by individuals
 * @param upperCollectives collective delegates to the upper-level conference
 * @param upperIndividuals individual delegates to the upper-level conference
 */
public record Composition(int exemplarDelegates, int guestDelegates, int presidiumSize, int presidiumExemplars,
    int presentationsResidential, int presentationsMassOrg, int presentationsAgency, int presentationsIndividual,
    int upperCollectives, int upperIndividuals) {

  /** Largest count, people (or collectives). */
  public static final int MAX_COUNT = 1_000_000;

  /** Every count, in the order of the components. */
  int[] counts() {
    return new int[] {exemplarDelegates, guestDelegates, presidiumSize, presidiumExemplars, presentationsResidential,
        presentationsMassOrg, presentationsAgency, presentationsIndividual, upperCollectives, upperIndividuals};
  }

  /**
   * The problem of the counts on their own: one violation against the field {@code composition} when any count is
   * negative or above {@value #MAX_COUNT}.
   *
   * @return empty when every count is acceptable
   */
  public List<Violation> violations() {
    return IntStream.of(counts()).anyMatch(v -> v < 0 || v > MAX_COUNT)
        ? List.of(Violation.of("composition", "conference.composition.count.outOfRange", MAX_COUNT))
        : List.of();
  }
}
