package vn.thiduaflow.plan;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.thiduaflow.plan.model.IssueDate;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.UnitScope;

/**
 * Generates the JSON Schema of the plan file ({@code schema/plan.schema.json}, draft-07: what editors such as VS Code's
 * YAML extension read) from the plan model, never by hand:
 * <ul>
 *   <li>property names as Jackson reads them ({@code @JsonProperty}: {@code implements}); enums as their names;
 *       every object closed ({@code additionalProperties: false}, as the reader refuses unknown fields);
 *   <li>required: a component with {@code @NotNull} or {@code @NotBlank}, and a primitive number whose absent value 0
 *       Bean Validation refuses ({@code @Positive}, {@code @Min(1)}); {@code @NotEmpty} alone gives
 *       {@code minItems}/{@code minProperties} but not required, because a record may fill an absent list (the
 *       dossier's documents) — the reader stays the authority there;
 *   <li>minimum, maximum, lengths and patterns from Bean Validation; Java's whole-value patterns anchored
 *       ({@code ^(?:…)$}), as JSON Schema's match anywhere; defaults from {@code @JsonProperty(defaultValue)};
 *   <li>{@link LocalDate}: a string {@code YYYY-MM-DD}; {@link IssueDate}: {@code YYYY-MM-DD} or {@code YYYY-MM};
 *       {@link UnitScope}: {@code OWN}, {@code LOWER} or a list of unit levels; a map keyed by an enum lists the
 *       enum's names as its {@code propertyNames}. Another type read through a delegating {@code @JsonCreator} stops
 *       the generation until it is described here ({@link #CUSTOM_TYPES});
 *   <li>then the file's format over the model's shape (issue 22): the renames of {@link PlanFileFormat#TOP_LEVEL}
 *       and {@link PlanFileFormat#TIER}, the same table the reader applies — {@code nominationDeadline} and
 *       {@code dossier} move into {@code deadlines} as {@code nominations} and {@code dossier} (required there, and
 *       {@code deadlines} required), {@code councilVote} becomes {@code approval}, a tier's
 *       {@code deadlines.nominationDeadline} becomes {@code nominations};
 *   <li>a short description for each top-level field ({@link #TOP_LEVEL_DESCRIPTIONS}; the records' docstrings are
 *       not available at run time).
 * </ul>
 */
final class PlanSchemaGenerator {

  /** Where the schema is shipped, from the repository's root. */
  static final String SHIPPED = "schema/plan.schema.json";

  /** Short descriptions of the top-level fields, by their names in the file; a field without one has none. */
  static final Map<String, String> TOP_LEVEL_DESCRIPTIONS = descriptions(
      "id", "Mã kế hoạch, chữ thường và dấu gạch ngang (kebab-case), dùng trong chiến dịch và dòng lệnh",
      "number", "Số ký hiệu Kế hoạch, ví dụ \"172/KH-UBND\"",
      "issuedOn", "Ngày ký: YYYY-MM-DD, hoặc YYYY-MM khi bản chụp mất ngày",
      "title", "Trích yếu (tên) Kế hoạch",
      "source", "Nguồn văn bản: tệp seed hoặc địa chỉ công khai",
      "issuer", "Đơn vị ban hành, theo danh mục đơn vị hành chính (adminStructure, unitCode, name)",
      "term", "Giai đoạn thi đua in trong tên chính thức, ví dụ \"2025 - 2030\"",
      "implements", "Mã kế hoạch cấp trên mà kế hoạch này triển khai",
      "ownConference", "Hội nghị của chính đơn vị ban hành: thời gian, hình thức, thành phần, số đại biểu",
      "lowerConferences", "Hội nghị của các đơn vị cấp dưới (\"Tổ chức thực hiện\")",
      "pilot", "Đơn vị chỉ đạo điểm và thời gian tổ chức trước",
      "presidium", "Đoàn Chủ tịch: số lượng và tỷ lệ điển hình",
      "programme", "Nội dung, chương trình Hội nghị theo thứ tự Kế hoạch",
      "officialName", "Mẫu tên chính thức của Hội nghị theo từng hình thức",
      "deadlines", "Mọi thời hạn: nominations (gửi đề cử), councilVote (Hội đồng họp xét), dossier (hồ sơ được "
          + "cấp trên chấp thuận), dossierReview, resultsReport, reminder",
      "approval", "Ngưỡng Hội đồng tán thành (phần trăm tổng số thành viên), có thể theo từng danh hiệu",
      "nomineeEligibility", "Khoảng thời gian được công nhận danh hiệu của người được đề cử",
      "upperQuota", "Số đại biểu được cử đi dự Hội nghị cấp trên",
      "presentations", "Số báo cáo tham luận theo nguồn",
      "schedule", "Các mốc có ngày cụ thể của Kế hoạch (\"Thời gian\")",
      "reporting", "Chế độ báo cáo lên cấp trên",
      "levels", "Quy định theo từng cấp cho các chiến dịch cấp dưới (tỉnh → huyện → xã)",
      "organizations", "Cơ quan, doanh nghiệp, khối thi đua Kế hoạch nêu là đơn vị",
      "lowerReports", "Thời hạn cấp dưới báo cáo kết quả lên",
      "outsideEvents", "Sự kiện ngoài quy trình có ngày (Đại hội Đảng) mà Hội nghị phải trước hoặc sau",
      "submissions", "Tài liệu đơn vị gửi cơ quan được nêu trước Hội nghị, theo hạn",
      "organizingCommittee", "Ban Tổ chức đơn vị phải thành lập, với các tiểu ban");

  /** Types the reader builds from a string or a list (a delegating {@code @JsonCreator}), with their schema. */
  static final Map<Class<?>, String> CUSTOM_TYPES = Map.of(
      LocalDate.class, """
          { "type": "string", "format": "date", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
            "description": "YYYY-MM-DD" }""",
      IssueDate.class, """
          { "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$",
            "description": "YYYY-MM-DD, hoặc YYYY-MM khi không rõ ngày ký" }""",
      UnitScope.class, """
          { "oneOf": [ { "type": "string", "enum": [ "OWN", "LOWER" ] },
                       { "type": "array", "minItems": 1, "uniqueItems": true,
                         "items": { "type": "string", "enum": %s } } ],
            "description": "OWN (hội nghị của đơn vị ban hành), LOWER (các đơn vị cấp dưới) hoặc danh sách cấp" }"""
          .formatted(enumNames(vn.thiduaflow.unit.UnitLevel.class)));

  private static final ObjectMapper JSON = new ObjectMapper();

  private PlanSchemaGenerator() {}

  /**
   * The schema as the shipped file holds it: pretty-printed JSON, two-space indent, a final newline.
   *
   * @throws IllegalStateException naming a model type read through a delegating creator that has no schema here, or a
   *     rename of {@link PlanFileFormat} whose target is not where the table says
   */
  static String generate() {
    ObjectNode schema = generateTree();
    var printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(schema) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@link #generate()} as a tree. */
  static ObjectNode generateTree() {
    checkEveryCustomTypeIsDescribed();
    var builder = new SchemaGeneratorConfigBuilder(JSON, SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
        .with(new JacksonModule())
        .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
            Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
    builder.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
      String custom = CUSTOM_TYPES.get(type.getErasedType());
      return custom == null ? null : new CustomDefinition((ObjectNode) read(custom), CustomDefinition.DefinitionType.STANDARD,
          CustomDefinition.AttributeInclusion.NO);
    });
    builder.forFields()
        .withRequiredCheck(PlanSchemaGenerator::required)
        .withDefaultResolver(field -> {
          JsonProperty p = field.getAnnotationConsideringFieldAndGetter(JsonProperty.class);
          return p == null || p.defaultValue().isEmpty() ? null : JSON.convertValue(read(p.defaultValue()), Object.class);
        })
        .withInstanceAttributeOverride((node, field, context) -> enumKeys(field).ifPresent(keys -> node
            .putObject("propertyNames").set("enum", keys)));
    ObjectNode schema = new SchemaGenerator(builder.build()).generateSchema(Plan.class);
    anchorPatterns(schema);
    toFileFormat(schema);
    ObjectNode topLevel = (ObjectNode) schema.get("properties");
    TOP_LEVEL_DESCRIPTIONS.forEach((name, text) -> {
      if (topLevel.get(name) instanceof ObjectNode property) {
        if (property.has("$ref")) { // draft-07 ignores a $ref's siblings: the description goes beside an allOf
          ObjectNode wrapped = JSON.createObjectNode();
          wrapped.putArray("allOf").add(property);
          topLevel.set(name, wrapped);
          property = wrapped;
        }
        property.put("description", text);
      }
    });
    ObjectNode out = JSON.createObjectNode();
    out.put("$schema", schema.get("$schema").asText());
    out.put("title", "Tệp Kế hoạch Thi Đua Flow (plan file)");
    out.put("$comment", "Generated from the plan model by src/test/java/vn/thiduaflow/plan/PlanSchemaGenerator.java;"
        + " do not edit. Regenerate: ./mvnw -q test -Dtest=PlanSchemaTest -Dthiduaflow.schema.write=true");
    schema.properties().forEach(e -> {
      if (!e.getKey().equals("$schema")) {
        out.set(e.getKey(), e.getValue());
      }
    });
    return out;
  }

  /**
   * {@code @NotNull}/{@code @NotBlank}, or a primitive number whose 0 (what an absent value binds to) is refused.
   */
  private static boolean required(FieldScope field) {
    if (field.getAnnotationConsideringFieldAndGetter(NotNull.class) != null
        || field.getAnnotationConsideringFieldAndGetter(NotBlank.class) != null) {
      return true;
    }
    if (!field.getType().isPrimitive() || field.getType().getErasedType() == boolean.class) {
      return false;
    }
    Min min = field.getAnnotationConsideringFieldAndGetter(Min.class);
    return field.getAnnotationConsideringFieldAndGetter(Positive.class) != null || (min != null && min.value() > 0);
  }

  /** For a map keyed by an enum: the enum's names. */
  private static java.util.Optional<ArrayNode> enumKeys(FieldScope field) {
    ResolvedType type = field.getType();
    if (type == null || !Map.class.isAssignableFrom(type.getErasedType()) || type.getTypeParameters().isEmpty()) {
      return java.util.Optional.empty();
    }
    Class<?> key = type.getTypeParameters().get(0).getErasedType();
    return key.isEnum() ? java.util.Optional.of((ArrayNode) read(enumNames(key))) : java.util.Optional.empty();
  }

  private static String enumNames(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(c -> "\"" + ((Enum<?>) c).name() + "\"").toList().toString();
  }

  /** Java's patterns match the whole value, JSON Schema's anywhere in it: anchor each one not anchored already. */
  private static void anchorPatterns(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.get("pattern") instanceof TextNode p && !p.asText().startsWith("^")) {
        object.put("pattern", "^(?:" + p.asText() + ")$");
      }
      object.elements().forEachRemaining(PlanSchemaGenerator::anchorPatterns);
    } else if (node instanceof ArrayNode array) {
      array.elements().forEachRemaining(PlanSchemaGenerator::anchorPatterns);
    }
  }

  /**
   * Applies {@link PlanFileFormat}'s renames: the top level's to the root, the tier's to the definition of
   * {@code TierRules.deadlines}. A rename into another object ({@code deadlines.nominations}) moves the property
   * into that object's definition, with its requiredness, and makes that object required when the moved one was.
   */
  private static void toFileFormat(ObjectNode schema) {
    for (PlanFileFormat.Rename r : PlanFileFormat.TOP_LEVEL) {
      move(schema, schema, r);
    }
    ObjectNode tier = definition(schema, schema.path("properties").path("ownConference"), "ownConference");
    ObjectNode tierDeadlines = definition(schema, tier.path("properties").path("deadlines"),
        "ownConference.deadlines");
    for (PlanFileFormat.Rename r : PlanFileFormat.TIER) {
      move(schema, tierDeadlines, r);
    }
  }

  private static void move(ObjectNode schema, ObjectNode object, PlanFileFormat.Rename r) {
    ObjectNode properties = (ObjectNode) object.get("properties");
    JsonNode property = properties.remove(r.model());
    if (property == null) {
      throw new IllegalStateException("PlanFileFormat renames '" + r.model() + "', which the model no longer has");
    }
    boolean required = removeRequired(object, r.model());
    ObjectNode target = object;
    if (r.fileParent() != null) {
      target = definition(schema, properties.path(r.fileParent()), r.fileParent());
      if (required) {
        addRequired(object, r.fileParent());
      }
    }
    ((ObjectNode) target.get("properties")).set(r.fileName(), property);
    if (required) {
      addRequired(target, r.fileName());
    }
    sortProperties(target);
  }

  /** The definition a property refers to ({@code $ref} into {@code definitions}), or the property itself when inline. */
  private static ObjectNode definition(ObjectNode schema, JsonNode property, String name) {
    JsonNode ref = property.get("$ref");
    if (ref == null) {
      if (property instanceof ObjectNode inline && inline.has("properties")) {
        return inline;
      }
      throw new IllegalStateException("the schema has no object at '" + name + "' for PlanFileFormat's renames");
    }
    String key = ref.asText().replaceFirst("^#/definitions/", "");
    return (ObjectNode) schema.get("definitions").get(key);
  }

  private static boolean removeRequired(ObjectNode object, String name) {
    if (!(object.get("required") instanceof ArrayNode required)) {
      return false;
    }
    for (Iterator<JsonNode> it = required.elements(); it.hasNext(); ) {
      if (it.next().asText().equals(name)) {
        it.remove();
        return true;
      }
    }
    return false;
  }

  private static void addRequired(ObjectNode object, String name) {
    Set<String> names = new TreeSet<>();
    if (object.get("required") instanceof ArrayNode required) {
      required.forEach(n -> names.add(n.asText()));
    }
    names.add(name);
    ArrayNode sorted = object.putArray("required");
    names.forEach(sorted::add);
  }

  private static void sortProperties(ObjectNode object) {
    ObjectNode properties = (ObjectNode) object.get("properties");
    Map<String, JsonNode> sorted = new java.util.TreeMap<>();
    properties.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
    properties.removeAll();
    sorted.forEach(properties::set);
    ArrayNode required = object.get("required") instanceof ArrayNode r ? r : null;
    if (required != null) {
      List<String> names = new ArrayList<>();
      required.forEach(n -> names.add(n.asText()));
      required.removeAll();
      names.stream().sorted().forEach(required::add);
    }
  }

  /**
   * Every class of the model's package read through a delegating {@code @JsonCreator} (from a string or a tree, not
   * an object of its components) has its schema in {@link #CUSTOM_TYPES}; without one the generator would describe
   * its components, which no file writes.
   */
  private static void checkEveryCustomTypeIsDescribed() {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : modelTypes()) {
      for (Method m : type.getDeclaredMethods()) {
        JsonCreator creator = m.getAnnotation(JsonCreator.class);
        if (creator != null && Modifier.isStatic(m.getModifiers()) && creator.mode() == JsonCreator.Mode.DELEGATING
            && !CUSTOM_TYPES.containsKey(type)) {
          missing.add(type.getName());
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("read from a string or list (@JsonCreator DELEGATING) but not described in "
          + "PlanSchemaGenerator.CUSTOM_TYPES: " + missing);
    }
  }

  /** Plan, its nested records and the top-level types of its package that its components use. */
  private static Set<Class<?>> modelTypes() {
    Set<Class<?>> seen = new java.util.LinkedHashSet<>();
    List<Class<?>> todo = new ArrayList<>(List.of(Plan.class));
    while (!todo.isEmpty()) {
      Class<?> type = todo.remove(todo.size() - 1);
      if (!seen.add(type)) {
        continue;
      }
      todo.addAll(Arrays.asList(type.getDeclaredClasses()));
      if (type.isRecord()) {
        for (var c : type.getRecordComponents()) {
          collect(c.getGenericType(), todo);
        }
      }
    }
    seen.removeIf(t -> !t.getPackageName().startsWith("vn.thiduaflow"));
    return seen;
  }

  private static void collect(java.lang.reflect.Type type, List<Class<?>> todo) {
    if (type instanceof Class<?> c && c.getPackageName().startsWith("vn.thiduaflow")) {
      todo.add(c);
    } else if (type instanceof java.lang.reflect.ParameterizedType p) {
      for (var arg : p.getActualTypeArguments()) {
        collect(arg, todo);
      }
    }
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }

  private static Map<String, String> descriptions(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
