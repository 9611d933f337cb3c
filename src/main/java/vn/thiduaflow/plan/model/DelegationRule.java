package vn.thiduaflow.plan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Fixed delegate numbers of a congress (people), e.g. the 11th National Congress: 2,223 delegates = 2,025 official
 * + 198 guests, in 105 delegations.
 *
 * @param officialDelegates most official delegates (the exemplars the delegations send)
 * @param guestDelegates most guest delegates
 * @param delegations the number of delegations (units directly below that send delegates)
 * @param clause source
 * @param groups the congress's delegate groups the plan names (standing committee, national emulation fighters,
 *     heroes, Vietnamese Heroic Mothers, leaders, guests and press…), each with its count; empty when not named.
 *     The official groups add up to at most {@code officialDelegates}, the guest groups to at most
 *     {@code guestDelegates} (checked by {@code PlanReader})
 */
public record DelegationRule(
    @Positive int officialDelegates, @PositiveOrZero int guestDelegates, @Positive int delegations,
    @NotBlank String clause, List<@NotNull @Valid DelegateGroup> groups) {

  public DelegationRule {
    groups = groups == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(groups));
  }

  /** Numbers without named groups. */
  public DelegationRule(int officialDelegates, int guestDelegates, int delegations, String clause) {
    this(officialDelegates, guestDelegates, delegations, clause, null);
  }

  /** People in the named groups of one kind (official or guest). */
  public int groupTotal(boolean guests) {
    return groups.stream().filter(g -> g.guests() == guests).mapToInt(DelegateGroup::count).sum();
  }
}
