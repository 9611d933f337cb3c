package vn.thiduaflow.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The real administrative units of Vietnam, in both structures, read from the lists copied from
 * ../shared/data/admin-units/ (attribution in src/main/resources/admin-units/SOURCE.md), under one root per structure:
 * the nation ({@link #NATION_CODE}), whose children are the provinces. Each list is parsed once, on first use; lookups
 * are in memory.
 */
@Component
public class UnitDirectory {

  /** Code of the root unit of both structures: the central level, above the provinces. */
  public static final String NATION_CODE = "VN";
  /** Name of the root unit; the council at this level is the Central Emulation and Commendation Council. */
  public static final String NATION_NAME = "Trung ương";

  private final Map<AdminStructure, Map<String, AdministrativeUnit>> byStructure = new EnumMap<>(AdminStructure.class);

  /**
   * Finds a unit.
   *
   * @return the unit, or empty when the code is not in that structure's list
   */
  public Optional<AdministrativeUnit> find(AdminStructure structure, String code) {
    return Optional.ofNullable(units(structure).get(code));
  }

  /**
   * Gets a unit that must exist.
   *
   * @throws IllegalArgumentException naming the structure and code when it is not in the list
   */
  public AdministrativeUnit get(AdminStructure structure, String code) {
    return find(structure, code).orElseThrow(() -> new IllegalArgumentException(
        "Unit code '" + code + "' is not in the " + structure + " administrative-unit list"));
  }

  /** The units directly below a unit, in list order. */
  public List<AdministrativeUnit> children(AdministrativeUnit unit) {
    return unit.childCodes().stream().map(c -> get(unit.structure(), c)).toList();
  }

  /** The unit above: the nation for a province; empty only for the nation itself. */
  public Optional<AdministrativeUnit> parent(AdministrativeUnit unit) {
    return unit.parentCode() == null ? Optional.empty() : find(unit.structure(), unit.parentCode());
  }

  /** Every unit of a structure, keyed by code, in list order. */
  public synchronized Map<String, AdministrativeUnit> units(AdminStructure structure) {
    return byStructure.computeIfAbsent(structure, UnitDirectory::load);
  }

  private static Map<String, AdministrativeUnit> load(AdminStructure structure) {
    try (InputStream in = new ClassPathResource(structure.resource()).getInputStream()) {
      JsonNode list = new ObjectMapper().readTree(in);
      Map<String, AdministrativeUnit> units = new LinkedHashMap<>();
      List<String> provinces = new ArrayList<>();
      for (JsonNode province : list) {
        JsonNode below = structure == AdminStructure.THREE_LEVEL ? province.get("District") : province.get("Ward");
        UnitLevel belowLevel = structure == AdminStructure.THREE_LEVEL ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
        String provinceCode = province.get("Code").asText();
        List<String> provinceChildren = new ArrayList<>();
        for (JsonNode child : iterable(below)) {
          String childCode = child.get("Code").asText();
          provinceChildren.add(childCode);
          List<String> communes = new ArrayList<>();
          if (belowLevel == UnitLevel.DISTRICT) {
            for (JsonNode commune : iterable(child.get("Ward"))) {
              String communeCode = commune.get("Code").asText();
              communes.add(communeCode);
              units.put(communeCode, new AdministrativeUnit(structure, communeCode,
                  commune.get("FullName").asText(), UnitLevel.COMMUNE, childCode, List.of()));
            }
          }
          units.put(childCode, new AdministrativeUnit(structure, childCode, child.get("FullName").asText(),
              belowLevel, provinceCode, List.copyOf(communes)));
        }
        units.put(provinceCode, new AdministrativeUnit(structure, provinceCode, province.get("FullName").asText(),
            UnitLevel.PROVINCE, NATION_CODE, List.copyOf(provinceChildren)));
        provinces.add(provinceCode);
      }
      units.put(NATION_CODE, new AdministrativeUnit(structure, NATION_CODE, NATION_NAME, UnitLevel.NATION, null,
          List.copyOf(provinces)));
      return units;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read administrative units " + structure.resource(), e);
    }
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node == null || node.isNull() ? List.of() : node;
  }
}
