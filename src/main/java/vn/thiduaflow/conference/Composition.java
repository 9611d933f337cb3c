package vn.thiduaflow.conference;

/**
 * The delegate composition the standing office proposes (all counts in people, or collectives for presentations and
 * upper-level delegates).
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
    int upperCollectives, int upperIndividuals) {}
