package vn.thiduaflow.council;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.AccessGrants;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;
import vn.thiduaflow.unit.AdminStructure;

/**
 * A unit's council and office as the unit maintains them (Hội đồng Thi đua – Khen thưởng: Chủ tịch, Phó Chủ tịch,
 * thành viên; Thường trực Hội đồng; thủ trưởng; cán bộ thi đua — Luật Thi đua, khen thưởng 2022, Điều 88; Nghị định
 * 98/2023/NĐ-CP, Điều 63–65). The same rules whichever way a list comes: the standing office's council task in
 * Tasklist (UserTask_MaintainCouncil), the XLSX import or {@code PUT /api/units/{structure}/{code}/council}.
 *
 * <p>Saving a list replaces the unit's people as one change: every member is a Camunda user (created, without a
 * password, when missing: the administrator gives the first one, which must be changed at first login), in the
 * unit's group of their role ({@link CouncilRole#groupId}), which gets what its role may use
 * ({@link AccessGrants#grantRole}); people no longer listed leave the unit's groups; the change is audited (who, when,
 * how many per role). Nothing is written when a row is wrong.
 */
@Service
public class CouncilService {

  /** At most this many people per unit. */
  public static final int MAX_PEOPLE = 200;
  /** The list's field: its violations name entries of it ({@code councilMembers[2].role}, as data in their entry). */
  private static final String LIST = "councilMembers";
  /** At least this many voting members (chair included) before a council may vote. */
  public static final int MIN_VOTING = 3;
  /** Camunda user ids of council members: lower-case ASCII letters, digits, dot, dash, underscore; 3–64. */
  public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M} .'-]+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,63}");
  private static final ObjectMapper FORM_JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * One person of the list, as entered (form row, XLSX row, JSON).
   *
   * @param fullName full name, 2–200 letters
   * @param username the Camunda user id ({@link #USERNAME})
   * @param role a {@link CouncilRole} name
   * @param email optional e-mail address (reminders and escalations go there)
   */
  public record Entry(String fullName, String username, String role, String email) {}

  private final CouncilMemberRepository members;
  private final IdentityService identityService;
  private final AccessGrants grants;
  private final AuditTrail audit;
  private final ConferenceQueries conferences;

  CouncilService(CouncilMemberRepository members, IdentityService identityService, AccessGrants grants,
      AuditTrail audit, ConferenceQueries conferences) {
    this.members = members;
    this.identityService = identityService;
    this.grants = grants;
    this.audit = audit;
    this.conferences = conferences;
  }

  /**
   * The council's unit of a conference: its administrative structure, code and name.
   *
   * @param structure the conference's administrative structure
   * @param code the unit's code
   * @param name the unit's name
   */
  public record CouncilUnit(AdminStructure structure, String code, String name) {}

  /** The unit whose council votes at the conference (the conference's own unit). */
  @Transactional(readOnly = true)
  public CouncilUnit unitOf(Long conferenceId) {
    Conference conference = conferences.get(conferenceId);
    return new CouncilUnit(conferences.structureOf(conference), conference.getUnitCode(), conference.getUnitName());
  }

  /** {@link #ready(AdminStructure, String)} for the council of the conference's unit. */
  @Transactional(readOnly = true)
  public boolean ready(Long conferenceId) {
    CouncilUnit unit = unitOf(conferenceId);
    return ready(unit.structure(), unit.code());
  }

  /** Everyone holding a role for the unit, in list order. */
  @Transactional(readOnly = true)
  public List<CouncilMember> people(AdminStructure structure, String unitCode) {
    return members.findByAdminStructureAndUnitCodeOrderById(structure, unitCode);
  }

  /**
   * Whether the unit's council may vote: a chair and at least {@link #MIN_VOTING} voting members.
   */
  @Transactional(readOnly = true)
  public boolean ready(AdminStructure structure, String unitCode) {
    List<CouncilMember> list = people(structure, unitCode);
    return list.stream().anyMatch(m -> m.getRole() == CouncilRole.CHAIR)
        && list.stream().filter(m -> m.getRole().votes()).count() >= MIN_VOTING;
  }

  /** The unit's people as the council form's rows (fullName, username, role, email). */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> formRows(AdminStructure structure, String unitCode) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CouncilMember m : people(structure, unitCode)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("fullName", m.getFullName());
      row.put("username", m.getUsername());
      row.put("role", m.getRole().name());
      User user = identityService.createUserQuery().userId(m.getUsername()).singleResult();
      row.put("email", user == null || user.getEmail() == null ? "" : user.getEmail());
      rows.add(row);
    }
    return rows;
  }

  /**
   * Reads the council form's list (a JSON array of rows as {@link Entry}).
   *
   * @throws InvalidInputException (field {@code councilMembers}) when it is not a list of rows
   */
  public static List<Entry> fromForm(Object value) {
    JsonNode list;
    try {
      list = value instanceof String || value instanceof org.camunda.spin.json.SpinJsonNode
          ? FORM_JSON.readTree(value.toString()) : FORM_JSON.valueToTree(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw InvalidInputException.of(LIST, "council.list.unreadable");
    }
    if (list == null || !list.isArray()) {
      throw InvalidInputException.of(LIST, "council.list.notAList");
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode row = list.get(i);
      entries.add(row == null || !row.isObject() ? null : new Entry(text(row, "fullName"), text(row, "username"),
          text(row, "role"), text(row, "email")));
    }
    return entries;
  }

  /**
   * Checks a list without saving it: every row's fields, one chair, at least {@link #MIN_VOTING} voting members, no
   * person twice with a voting role, no username twice for the same role.
   *
   * @throws InvalidInputException with every violation at once, fields {@code councilMembers[i].fullName|username|
   *     role|email} (row index from 0)
   */
  public List<CouncilMember> validate(AdminStructure structure, String unitCode, List<Entry> rows) {
    if (rows == null || rows.isEmpty()) {
      throw InvalidInputException.of(LIST, "council.list.empty");
    }
    if (rows.size() > MAX_PEOPLE) {
      throw InvalidInputException.of(LIST, "council.list.tooLong", rows.size(), MAX_PEOPLE);
    }
    List<Violation> violations = new ArrayList<>();
    List<CouncilMember> result = new ArrayList<>();
    Map<String, Integer> voters = new HashMap<>();
    Set<String> held = new HashSet<>();
    int chairs = 0;
    int voting = 0;
    for (int i = 0; i < rows.size(); i++) {
      Entry row = rows.get(i);
      String at = LIST + "[" + i + "]";
      if (row == null) {
        violations.add(Violation.inEntry(LIST, i, "", Message.of("council.row.empty")));
        continue;
      }
      int before = violations.size();
      String name = row.fullName() == null ? ""
          : Normalizer.normalize(row.fullName().strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
      if (name.length() < 2 || name.length() > 200 || !NAME.matcher(name).matches()) {
        violations.add(Violation.inEntry(LIST, i, "fullName", Message.of("council.fullName.invalid")));
      }
      String username = row.username() == null ? "" : row.username().strip();
      if (!USERNAME.matcher(username).matches()) {
        violations.add(Violation.inEntry(LIST, i, "username", Message.of("council.username.invalid", username)));
      }
      CouncilRole role = null;
      try {
        role = FormValues.choiceOf(at + ".role", row.role(), CouncilRole.class);
      } catch (InvalidInputException e) {
        int index = i;
        e.violations().forEach(v -> violations.add(v.withEntry(LIST, index, "role")));
      }
      String email = FormValues.visible(row.email());
      if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
        violations.add(Violation.inEntry(LIST, i, "email", Message.of("council.email.invalid", email)));
      }
      if (role != null && !username.isEmpty()) {
        if (!held.add(username + "/" + role)) {
          violations.add(Violation.inEntry(LIST, i, "role", Message.of("council.role.heldAbove", username)));
        }
        if (role.votes()) {
          Integer first = voters.putIfAbsent(username, i);
          if (first != null) {
            violations.add(Violation.inEntry(LIST, i, "username",
                Message.of("council.username.votesTwice", username, first + 1)));
          }
          voting++;
          chairs += role == CouncilRole.CHAIR ? 1 : 0;
        }
      }
      if (violations.size() == before) {
        result.add(new CouncilMember(structure, unitCode, username, name, role, false));
      }
    }
    if (chairs != 1) {
      violations.add(Violation.of(LIST, "council.chair.notExactlyOne", chairs));
    }
    if (voting < MIN_VOTING) {
      violations.add(Violation.of(LIST, "council.voting.tooFew", MIN_VOTING, voting));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return result;
  }

  /**
   * Replaces the unit's people with the list, creating the missing Camunda users and the unit's role groups.
   *
   * @param unitName the unit's name, for the groups' names and the audit
   * @param actor who made the change (audited)
   * @return the people as saved
   * @throws InvalidInputException as {@link #validate}; nothing is written
   */
  @Transactional
  public List<CouncilMember> replace(AdminStructure structure, String unitCode, String unitName, List<Entry> rows,
      String actor) {
    List<CouncilMember> people = validate(structure, unitCode, rows);
    List<CouncilMember> old = people(structure, unitCode);
    Set<String> before = new HashSet<>();
    old.forEach(m -> before.add(m.getUsername() + " " + m.getRole().groupId(unitCode)));
    Set<String> after = new HashSet<>();
    people.forEach(m -> after.add(m.getUsername() + " " + m.getRole().groupId(unitCode)));
    for (CouncilMember m : old) {
      if (!after.contains(m.getUsername() + " " + m.getRole().groupId(unitCode))) {
        identityService.deleteMembership(m.getUsername(), m.getRole().groupId(unitCode));
      }
    }
    members.deleteAll(old);
    members.flush();
    Map<String, String> emails = new HashMap<>();
    rows.forEach(r -> emails.putIfAbsent(r.username().strip(), FormValues.visible(r.email())));
    int createdUsers = 0;
    Set<String> createdGroups = new HashSet<>();
    Set<String> seenUsers = new HashSet<>();
    for (CouncilMember m : people) {
      String groupId = m.getRole().groupId(unitCode);
      // inside a task listener the engine writes at the end of the command: what was created here is not yet found
      if (createdGroups.add(groupId)) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
          Group group = identityService.newGroup(groupId);
          group.setName(m.getRole().label() + " — " + unitName);
          group.setType("WORKFLOW");
          identityService.saveGroup(group);
        }
        grants.grantRole(groupId, m.getRole());
      }
      boolean newMembership = !before.contains(m.getUsername() + " " + groupId);
      if (!seenUsers.add(m.getUsername())) {
        if (newMembership) {
          identityService.createMembership(m.getUsername(), groupId); // a second role of a person listed above
        }
        continue;
      }
      User user = identityService.createUserQuery().userId(m.getUsername()).singleResult();
      if (user == null) {
        user = identityService.newUser(m.getUsername());
        user.setFirstName(m.getFullName());
        user.setLastName("");
        user.setEmail(emails.get(m.getUsername()));
        identityService.saveUser(user);
        createdUsers++;
      } else if (emails.get(m.getUsername()) != null && !emails.get(m.getUsername()).equals(user.getEmail())) {
        user.setEmail(emails.get(m.getUsername()));
        identityService.saveUser(user);
      }
      if (newMembership
          && identityService.createUserQuery().userId(m.getUsername()).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(m.getUsername(), groupId);
      }
    }
    List<CouncilMember> saved = members.saveAll(people);
    audit.record(actor, "COUNCIL", null, null, unitName + " (" + unitCode + "): " + summary(saved) + "; "
        + old.size() + " người trước đó; " + createdUsers + " tài khoản mới");
    return saved;
  }

  /** "1 Chủ tịch Hội đồng TĐKT, 2 Phó Chủ tịch Hội đồng TĐKT, 7 Thành viên Hội đồng TĐKT, …". */
  static String summary(List<CouncilMember> people) {
    Map<CouncilRole, Integer> counts = new java.util.EnumMap<>(CouncilRole.class);
    people.forEach(m -> counts.merge(m.getRole(), 1, Integer::sum));
    return String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label()).toList());
  }

  private static String text(JsonNode row, String field) {
    JsonNode v = row.get(field);
    return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
  }
}
