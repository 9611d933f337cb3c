package vn.thiduaflow.document;

import java.io.InputStream;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.council.CouncilMember;
import vn.thiduaflow.council.CouncilService;
import vn.thiduaflow.unit.AdminStructure;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitDirectory;

/**
 * A unit's council over the API, kept by its standing office, its chair's group or an administrator
 * ({@link UnitAccess#councilKeeper}; anyone else 403):
 * <ul>
 *   <li>{@code GET /api/units/{structure}/{unitCode}/council}: the people, as {@link Person} rows;</li>
 *   <li>{@code PUT} the same with a JSON list of {@link CouncilService.Entry}, or with the filled XLSX template
 *       (problems at their cells, {@link CouncilWorkbook}): replaces the list ({@link CouncilService#replace}: users,
 *       role groups, audit); nothing is saved when a row is wrong (400 listing every problem);</li>
 *   <li>{@code GET .../council/template.xlsx}: the template, filled with the current people.</li>
 * </ul>
 * {@code structure} is THREE_LEVEL (before the 2025 merger) or TWO_LEVEL; an unknown unit is 404.
 */
@RestController
@RequestMapping("/api/units/{structure}/{unitCode}/council")
class CouncilListController {

  private final UnitAccess access;
  private final UnitDirectory units;
  private final CouncilService councils;
  private final CouncilWorkbook workbook;

  CouncilListController(UnitAccess access, UnitDirectory units, CouncilService councils, CouncilWorkbook workbook) {
    this.access = access;
    this.units = units;
    this.councils = councils;
    this.workbook = workbook;
  }

  /**
   * One person of the list.
   *
   * @param role the {@link vn.thiduaflow.plan.model.CouncilRole} name
   * @param roleLabel its Vietnamese label
   * @param votes whether the role votes in the council
   */
  record Person(String fullName, String username, String role, String roleLabel, boolean votes) {
    static Person of(CouncilMember m) {
      return new Person(m.getFullName(), m.getUsername(), m.getRole().name(), m.getRole().label(), m.getRole().votes());
    }
  }

  @GetMapping(produces = "application/json")
  List<Person> people(@PathVariable AdminStructure structure, @PathVariable String unitCode) {
    AdministrativeUnit unit = unit(structure, unitCode);
    return councils.people(structure, unit.code()).stream().map(Person::of).toList();
  }

  @PutMapping(consumes = "application/json", produces = "application/json")
  List<Person> replace(@PathVariable AdminStructure structure, @PathVariable String unitCode,
      @RequestBody List<CouncilService.Entry> rows) {
    AdministrativeUnit unit = unit(structure, unitCode);
    String actor = access.userId();
    return access.asSystem(() -> councils.replace(structure, unit.code(), unit.name(), rows, actor)).stream()
        .map(Person::of).toList();
  }

  @PutMapping(consumes = NomineeWorkbook.MEDIA_TYPE, produces = "application/json")
  List<Person> upload(@PathVariable AdminStructure structure, @PathVariable String unitCode, InputStream body) {
    AdministrativeUnit unit = unit(structure, unitCode);
    String actor = access.userId();
    CouncilWorkbook.Upload upload = workbook.read(body);
    upload.requireValid(() -> councils.validate(structure, unit.code(), upload.entries()));
    return access.asSystem(() -> councils.replace(structure, unit.code(), unit.name(), upload.entries(), actor))
        .stream().map(Person::of).toList();
  }

  @GetMapping("/template.xlsx")
  ResponseEntity<byte[]> template(@PathVariable AdminStructure structure, @PathVariable String unitCode) {
    AdministrativeUnit unit = unit(structure, unitCode);
    return DocumentController.file(workbook.template(unit.name(), councils.people(structure, unit.code())),
        NomineeWorkbook.MEDIA_TYPE, "mau-hoi-dong-" + unit.code() + ".xlsx");
  }

  private AdministrativeUnit unit(AdminStructure structure, String unitCode) {
    AdministrativeUnit unit = units.findInAnyList(structure, unitCode) // a unit of a past list keeps its council
        .orElseThrow(() -> new UnitAccess.NotVisibleException("Không có đơn vị mã " + unitCode,
            "No unit with code " + unitCode));
    access.councilKeeper(unit.code());
    return unit;
  }
}
