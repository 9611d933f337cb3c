package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.thiduaflow.unit.UnitLevel;

/**
 * Which conferences of a plan a rule applies to, written in a plan file as {@code OWN} (the issuer's own conference),
 * {@code LOWER} (the conferences of the units below the issuer) or a list of unit levels ({@code [COMMUNE, AGENCY]}:
 * the conferences of units of those levels, wherever they are in a cascade). Used by {@link SubmissionRule#from()} and
 * {@link OrganizingCommitteeRule#appliesTo()}.
 *
 * <p>In a cascade the plan a lower unit carries out is derived from the top plan ({@code PlanCatalog#derive}, id
 * {@code <plan>@<unit>}) and carries the top plan's rules: there {@code OWN} never applies (it is the top issuer's own
 * conference) and {@code LOWER} applies to every conference (all of them are below the top issuer).
 *
 * @param tier {@link Tier#OWN} or {@link Tier#LOWER}; null when {@code levels} is given
 * @param levels the unit levels; empty when {@code tier} is given
 */
public record UnitScope(Tier tier, List<UnitLevel> levels) {

  public UnitScope {
    levels = levels == null ? List.of() : List.copyOf(levels);
  }

  /**
   * Reads {@code OWN}, {@code LOWER} or a list of {@link UnitLevel} names.
   *
   * @throws IllegalArgumentException naming the allowed values for anything else (an empty list, an unknown level, a
   *     level given twice); the plan reader reports it at the field
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UnitScope of(JsonNode value) {
    String allowed = "OWN, LOWER or a list of unit levels " + Arrays.toString(UnitLevel.values());
    if (value != null && value.isTextual()) {
      return switch (value.asText()) {
        case "OWN" -> new UnitScope(Tier.OWN, List.of());
        case "LOWER" -> new UnitScope(Tier.LOWER, List.of());
        default -> throw new IllegalArgumentException("'" + value.asText() + "' is not " + allowed);
      };
    }
    if (value == null || !value.isArray() || value.isEmpty()) {
      throw new IllegalArgumentException("must be " + allowed);
    }
    List<UnitLevel> levels = new ArrayList<>();
    for (JsonNode item : value) {
      UnitLevel level = Arrays.stream(UnitLevel.values()).filter(l -> l.name().equals(item.asText())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("'" + item.asText() + "' is not one of "
              + Arrays.toString(UnitLevel.values())));
      if (levels.contains(level)) {
        throw new IllegalArgumentException("lists " + level + " twice");
      }
      levels.add(level);
    }
    return new UnitScope(null, levels);
  }

  /**
   * Whether a conference falls in this scope.
   *
   * @param plan the plan in force for the conference (a derived plan in a cascade, see the class comment)
   * @param tier the conference's tier in its campaign
   * @param level the level of the conference's unit
   */
  public boolean covers(Plan plan, Tier tier, UnitLevel level) {
    if (this.tier == null) {
      return levels.contains(level);
    }
    boolean derived = plan.derived();
    return this.tier == Tier.OWN ? tier == Tier.OWN && !derived : tier == Tier.LOWER || derived;
  }

  /** In Vietnamese: "Hội nghị của đơn vị ban hành Kế hoạch", "các đơn vị cấp dưới", "Cấp xã, Cơ quan, đơn vị". */
  public String describe() {
    if (tier == Tier.OWN) {
      return "hội nghị của đơn vị ban hành Kế hoạch";
    }
    if (tier == Tier.LOWER) {
      return "các đơn vị cấp dưới";
    }
    return String.join(", ", levels.stream().map(UnitLevel::label).toList());
  }
}
