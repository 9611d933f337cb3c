package vn.thiduaflow.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The real administrative units of Vietnam, in both structures, under one root per list: the nation
 * ({@link #NATION_CODE}), whose children are the provinces. Lists ({@link UnitList}):
 * <ul>
 *   <li>today's list of each structure, copied from ../shared/data/admin-units/ (attribution in
 *       src/main/resources/admin-units/SOURCE.md), used when a plan names no list;</li>
 *   <li>lists of a past date, each a JSON file in the shape of today's list of its structure beside a sidecar
 *       {@code <name>.list.yaml} (id, structure, effectiveOn, source, optional note and file) found under
 *       {@code classpath*:admin-units/} and, when {@code thiduaflow.units.extra-dir} is set, in that directory. A plan
 *       names one as {@code issuer.unitList}.</li>
 * </ul>
 * The sidecars are read when the directory is made (a wrong one stops the start with an {@link IllegalStateException}
 * naming the file and field); each list's JSON is parsed once, on first use; lookups are in memory.
 */
@Component
public class UnitDirectory {

  /** Code of the root unit of both structures: the central level, above the provinces. */
  public static final String NATION_CODE = "VN";
  /** Name of the root unit; the council at this level is the Central Emulation and Commendation Council. */
  public static final String NATION_NAME = "Trung ương";
  /** The sidecar of a past list: {@code <name>.list.yaml} beside {@code <name>.json}. */
  public static final String SIDECAR_SUFFIX = ".list.yaml";

  private static final java.util.regex.Pattern LIST_ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Set<String> SIDECAR_FIELDS = Set.of("id", "structure", "effectiveOn", "source", "note", "file");

  /** Every list, today's two first, then the past lists by structure and date. */
  private final Map<String, UnitList> lists = new LinkedHashMap<>();
  private final Map<String, Resource> resources = new HashMap<>();
  private final Map<String, Map<String, AdministrativeUnit>> byList = new HashMap<>();

  /** Today's lists and the past lists on the classpath ({@code admin-units/*.list.yaml}). */
  public UnitDirectory() {
    this("");
  }

  /**
   * @param extraDir a directory with more past lists ({@code *.list.yaml} and their JSON); blank: none
   * @throws IllegalStateException naming the sidecar and field when a past list is described wrongly (unknown field,
   *     missing id/structure/effectiveOn/source, id not kebab-case or already used, JSON file missing)
   */
  @Autowired
  public UnitDirectory(@Value("${thiduaflow.units.extra-dir:}") String extraDir) {
    lists.put(AdminStructure.THREE_LEVEL.todayListId(), new UnitList(AdminStructure.THREE_LEVEL.todayListId(),
        AdminStructure.THREE_LEVEL, LocalDate.of(2025, 6, 30), "thanglequoc/vietnamese-provinces-database e8c5f800 "
        + "(MIT), the last list of the three-level structure", null, true, AdminStructure.THREE_LEVEL.resource()));
    lists.put(AdminStructure.TWO_LEVEL.todayListId(), new UnitList(AdminStructure.TWO_LEVEL.todayListId(),
        AdminStructure.TWO_LEVEL, LocalDate.of(2025, 7, 1), "thanglequoc/vietnamese-provinces-database cd580632 "
        + "(MIT), reduced to code and full name", null, true, AdminStructure.TWO_LEVEL.resource()));
    for (AdminStructure s : AdminStructure.values()) {
      resources.put(s.todayListId(), new ClassPathResource(s.resource()));
    }
    var resolver = new PathMatchingResourcePatternResolver();
    List<Resource> sidecars = new ArrayList<>();
    try {
      sidecars.addAll(Arrays.asList(resolver.getResources("classpath*:admin-units/*" + SIDECAR_SUFFIX)));
      if (extraDir != null && !extraDir.isBlank()) {
        sidecars.addAll(Arrays.asList(resolver.getResources(
            "file:" + extraDir.replaceAll("/$", "") + "/*" + SIDECAR_SUFFIX)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list unit lists", e);
    }
    List<UnitList> past = new ArrayList<>();
    for (Resource sidecar : sidecars) {
      UnitList list = readSidecar(sidecar);
      if (lists.containsKey(list.id()) || past.stream().anyMatch(l -> l.id().equals(list.id()))) {
        throw new IllegalStateException("Unit list " + sidecar.getDescription() + ": id '" + list.id()
            + "' is already used by another list");
      }
      past.add(list);
    }
    past.sort(Comparator.comparing(UnitList::structure).thenComparing(UnitList::effectiveOn));
    past.forEach(l -> lists.put(l.id(), l));
  }

  /** Reads a sidecar and checks that its JSON is there (not yet parsed). */
  private UnitList readSidecar(Resource sidecar) {
    String at = "Unit list " + sidecar.getDescription();
    JsonNode node;
    try (InputStream in = sidecar.getInputStream()) {
      node = new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(at + ": cannot be read: " + e.getMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalStateException(at + ": must be a map of id, structure, effectiveOn, source (note, file)");
    }
    node.fieldNames().forEachRemaining(f -> {
      if (!SIDECAR_FIELDS.contains(f)) {
        throw new IllegalStateException(at + ": unknown field '" + f + "'; known: " + SIDECAR_FIELDS);
      }
    });
    String id = text(node, "id", at);
    if (!LIST_ID.matcher(id).matches()) {
      throw new IllegalStateException(at + ": id must be kebab-case (a-z, 0-9, -), was '" + id + "'");
    }
    AdminStructure structure;
    try {
      structure = AdminStructure.valueOf(text(node, "structure", at));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(at + ": structure must be one of " + Arrays.toString(AdminStructure.values())
          + ", was '" + node.get("structure").asText() + "'");
    }
    LocalDate effectiveOn;
    try {
      effectiveOn = LocalDate.parse(text(node, "effectiveOn", at));
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(at + ": effectiveOn must be a date (2014-05-01), was '"
          + node.get("effectiveOn").asText() + "'");
    }
    String source = text(node, "source", at);
    String note = node.hasNonNull("note") ? node.get("note").asText() : null;
    String file = node.hasNonNull("file") ? node.get("file").asText()
        : sidecar.getFilename().substring(0, sidecar.getFilename().length() - SIDECAR_SUFFIX.length()) + ".json";
    Resource json;
    try {
      json = sidecar.createRelative(file);
    } catch (IOException e) {
      throw new IllegalStateException(at + ": file '" + file + "' cannot be found: " + e.getMessage(), e);
    }
    if (!json.exists()) {
      throw new IllegalStateException(at + ": file '" + file + "' is not beside it");
    }
    resources.put(id, json);
    return new UnitList(id, structure, effectiveOn, source, note, false, json.getDescription());
  }

  private static String text(JsonNode node, String field, String at) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      throw new IllegalStateException(at + ": " + field + " is required");
    }
    return value.asText();
  }

  /** Every known list: today's two first, then the lists of a past date (by structure, then date). */
  public List<UnitList> lists() {
    return List.copyOf(lists.values());
  }

  /** The list with this id, if any. */
  public Optional<UnitList> list(String id) {
    return Optional.ofNullable(id == null ? null : lists.get(id));
  }

  /**
   * The list a plan of {@code structure} naming {@code listId} works with.
   *
   * @param listId the plan's {@code issuer.unitList}; null: today's list of the structure
   * @throws IllegalArgumentException naming the known lists when there is no list with that id, or naming both
   *     structures when the list belongs to another structure
   */
  public UnitList listFor(AdminStructure structure, String listId) {
    if (listId == null) {
      return lists.get(structure.todayListId());
    }
    UnitList list = lists.get(listId);
    if (list == null) {
      throw new IllegalArgumentException("No unit list '" + listId + "'; known lists: " + knownLists());
    }
    if (list.structure() != structure) {
      throw new IllegalArgumentException("Unit list '" + listId + "' is a " + list.structure() + " list, not "
          + structure);
    }
    return list;
  }

  /** "vn-units-pre-2025 (THREE_LEVEL, as of 2025-06-30), …": every list, for messages. */
  public String knownLists() {
    return String.join(", ", lists.values().stream().map(UnitList::label).toList());
  }

  /**
   * Finds a unit in today's list of a structure.
   *
   * @return the unit, or empty when the code is not in that structure's list
   */
  public Optional<AdministrativeUnit> find(AdminStructure structure, String code) {
    return Optional.ofNullable(units(structure).get(code));
  }

  /**
   * Finds a unit in the list a plan or campaign works with.
   *
   * @param listId the plan's {@code issuer.unitList} or the campaign's list; null: today's list of the structure
   * @return the unit, with its name of that list, or empty when the code is not in the list
   * @throws IllegalArgumentException when there is no such list or it belongs to another structure
   *     ({@link #listFor})
   */
  public Optional<AdministrativeUnit> find(AdminStructure structure, String listId, String code) {
    return Optional.ofNullable(units(listFor(structure, listId).id()).get(code));
  }

  /**
   * Finds a unit by structure and code where no plan says which list: today's list first, then the past lists of the
   * structure, newest first (a council of a unit that exists only in a past list).
   */
  public Optional<AdministrativeUnit> findInAnyList(AdminStructure structure, String code) {
    Optional<AdministrativeUnit> today = find(structure, code);
    if (today.isPresent()) {
      return today;
    }
    return lists.values().stream().filter(l -> l.structure() == structure && !l.today())
        .sorted(Comparator.comparing(UnitList::effectiveOn).reversed())
        .map(l -> units(l.id()).get(code)).filter(java.util.Objects::nonNull).findFirst();
  }

  /**
   * Gets a unit of today's list that must exist.
   *
   * @throws IllegalArgumentException naming the structure and code when it is not in the list
   */
  public AdministrativeUnit get(AdminStructure structure, String code) {
    return get(structure, null, code);
  }

  /**
   * Gets a unit that must exist in the list a plan or campaign works with.
   *
   * @param listId null: today's list of the structure
   * @throws IllegalArgumentException naming the list and code when it is not in the list, or when there is no such
   *     list
   */
  public AdministrativeUnit get(AdminStructure structure, String listId, String code) {
    return find(structure, listId, code).orElseThrow(() -> new IllegalArgumentException(
        "Unit code '" + code + "' is not in the " + (listId == null ? structure.toString()
            : listFor(structure, listId).label()) + " administrative-unit list"));
  }

  /** The units directly below a unit, in list order, from the unit's own list. */
  public List<AdministrativeUnit> children(AdministrativeUnit unit) {
    return unit.childCodes().stream().map(c -> get(unit.structure(), unit.unitList(), c)).toList();
  }

  /** The unit above, from the unit's own list: the nation for a province; empty only for the nation itself. */
  public Optional<AdministrativeUnit> parent(AdministrativeUnit unit) {
    return unit.parentCode() == null ? Optional.empty()
        : find(unit.structure(), unit.unitList(), unit.parentCode());
  }

  /** Every unit of today's list of a structure, keyed by code, in list order. */
  public Map<String, AdministrativeUnit> units(AdminStructure structure) {
    return units(structure.todayListId());
  }

  /**
   * Every unit of a list, keyed by code, in list order.
   *
   * @throws IllegalArgumentException when there is no such list
   */
  public synchronized Map<String, AdministrativeUnit> units(String listId) {
    UnitList list = lists.get(listId);
    if (list == null) {
      throw new IllegalArgumentException("No unit list '" + listId + "'; known lists: " + knownLists());
    }
    return byList.computeIfAbsent(listId, id -> load(list, resources.get(id)));
  }

  private static Map<String, AdministrativeUnit> load(UnitList list, Resource resource) {
    AdminStructure structure = list.structure();
    String listId = list.id();
    try (InputStream in = resource.getInputStream()) {
      JsonNode root = new ObjectMapper().readTree(in);
      if (root == null || !root.isArray()) {
        throw new IllegalStateException("Unit list " + list.location() + " must be a JSON array of provinces");
      }
      Map<String, AdministrativeUnit> units = new LinkedHashMap<>();
      List<String> provinces = new ArrayList<>();
      for (JsonNode province : root) {
        JsonNode below = structure == AdminStructure.THREE_LEVEL ? province.get("District") : province.get("Ward");
        UnitLevel belowLevel = structure == AdminStructure.THREE_LEVEL ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
        String provinceCode = required(province, "Code", list);
        List<String> provinceChildren = new ArrayList<>();
        for (JsonNode child : iterable(below)) {
          String childCode = required(child, "Code", list);
          provinceChildren.add(childCode);
          List<String> communes = new ArrayList<>();
          if (belowLevel == UnitLevel.DISTRICT) {
            for (JsonNode commune : iterable(child.get("Ward"))) {
              String communeCode = required(commune, "Code", list);
              communes.add(communeCode);
              put(units, new AdministrativeUnit(structure, communeCode, required(commune, "FullName", list),
                  UnitLevel.COMMUNE, childCode, List.of(), listId), list);
            }
          }
          put(units, new AdministrativeUnit(structure, childCode, required(child, "FullName", list), belowLevel,
              provinceCode, List.copyOf(communes), listId), list);
        }
        put(units, new AdministrativeUnit(structure, provinceCode, required(province, "FullName", list),
            UnitLevel.PROVINCE, NATION_CODE, List.copyOf(provinceChildren), listId), list);
        provinces.add(provinceCode);
      }
      units.put(NATION_CODE, new AdministrativeUnit(structure, NATION_CODE, NATION_NAME, UnitLevel.NATION, null,
          List.copyOf(provinces), listId));
      return units;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read administrative units " + list.location(), e);
    }
  }

  private static String required(JsonNode node, String field, UnitList list) {
    JsonNode value = node.get(field);
    if (value == null || value.asText().isBlank()) {
      throw new IllegalStateException("Unit list " + list.location() + ": a unit without " + field + ": " + node);
    }
    return value.asText();
  }

  private static void put(Map<String, AdministrativeUnit> units, AdministrativeUnit unit, UnitList list) {
    if (units.putIfAbsent(unit.code(), unit) != null) {
      throw new IllegalStateException("Unit list " + list.location() + ": code '" + unit.code() + "' is used twice");
    }
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node == null || node.isNull() ? List.of() : node;
  }
}
