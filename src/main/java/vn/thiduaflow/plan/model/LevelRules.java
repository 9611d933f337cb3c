package vn.thiduaflow.plan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Rules for the campaigns of one level below a cascading plan.
 *
 * @param conference the rules for a conference of a unit of this level; its {@code units} selects which units of
 *     this level take part below their parent (null: all)
 * @param upperQuota delegates a unit of this level sends to the level above; null when not stated
 * @param programme the programme of a conference of a unit of this level, instead of the plan's
 *     ({@link Plan#programmeFor}); null: the plan's
 */
public record LevelRules(@NotNull @Valid TierRules conference, @Valid UpperQuotaRule upperQuota,
    @Valid ProgrammeRule programme) {}
