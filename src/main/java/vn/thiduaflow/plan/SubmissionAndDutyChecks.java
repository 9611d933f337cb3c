package vn.thiduaflow.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.DossierDocument;
import vn.thiduaflow.plan.model.DutyRule;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.SubmissionRule;
import vn.thiduaflow.plan.model.SupervisionRule;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.unit.AdministrativeUnit;

/**
 * The plan's submissions before the conference, its organizing committee, its duties and its supervision (issue 22),
 * for {@link PlanReader}.
 */
final class SubmissionAndDutyChecks {

  private final PlanHierarchy hierarchy;

  SubmissionAndDutyChecks(PlanHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  /** Submissions and the organizing committee, then duties and supervision. */
  void check(Plan plan, AdministrativeUnit issuer, List<Problem> problems) {
    checkSubmissions(plan, problems);
    checkDuties(plan, issuer, problems);
  }

  /**
   * The submissions before the conference (issue 22) and the organizing committee: codes unique and apart from the
   * dossier's ({@link DossierDocument#RESERVED_MINUTES} and the dossier documents share the store; the committee's
   * decision {@value SubmissionRule#COMMITTEE_DECISION} may be sent, and may be a dossier document too, as it is one
   * file); a document sent by two submissions has one title; exactly one due form; a fixed date not before the plan was
   * issued; a name for a named office and none for the councils; a due date counted from the committee's decision
   * needs {@code organizingCommittee}; sub-committees listed once.
   */
  private void checkSubmissions(Plan plan, List<Problem> problems) {
    Set<String> codes = new java.util.HashSet<>();
    Set<String> dossierCodes = new java.util.HashSet<>();
    plan.dossier().documents().forEach(d -> dossierCodes.add(d.code()));
    java.util.Map<String, String> titles = new java.util.HashMap<>();
    for (int i = 0; i < plan.submissions().size(); i++) {
      SubmissionRule s = plan.submissions().get(i);
      String field = "submissions[" + i + "]";
      if (!codes.add(s.code())) {
        problems.add(new Problem(field + ".code", "code '" + s.code() + "' is used twice"));
      }
      Set<String> own = new java.util.HashSet<>();
      for (int j = 0; j < s.documents().size(); j++) {
        SubmissionRule.Document d = s.documents().get(j);
        String at = field + ".documents[" + j + "].code";
        if (!own.add(d.code())) {
          problems.add(new Problem(at, "code '" + d.code() + "' is used twice in this submission"));
        } else if (DossierDocument.RESERVED_MINUTES.equals(d.code())) {
          problems.add(new Problem(at, "'" + d.code() + "' is the held conference's minutes, not a document sent before"
              + " the conference"));
        } else if (dossierCodes.contains(d.code()) && !SubmissionRule.COMMITTEE_DECISION.equals(d.code())) {
          problems.add(new Problem(at, "'" + d.code() + "' is a dossier document's code (dossier.documents); the same "
              + "store keeps both, so give this document its own code"));
        } else if (titles.containsKey(d.code()) && !titles.get(d.code()).equals(d.title())) {
          problems.add(new Problem(at, "'" + d.code() + "' is sent by another submission as '" + titles.get(d.code())
              + "': one code is one document, with one title"));
        }
        titles.putIfAbsent(d.code(), d.title());
      }
      checkDue(plan, field, s.due(), problems);
      boolean named = s.to().kind() == SubmissionRule.RecipientKind.NAMED_OFFICE;
      boolean hasName = s.to().name() != null && !s.to().name().isBlank();
      if (named && !hasName) {
        problems.add(new Problem(field + ".to.name", "a NAMED_OFFICE needs the office's name, e.g. \"Sở Nội vụ tỉnh "
            + "Lạng Sơn\""));
      } else if (!named && s.to().name() != null) {
        problems.add(new Problem(field + ".to.name", "only a NAMED_OFFICE has a name; " + s.to().kind()
            + " is the council of the unit above"));
      }
    }
    var committee = plan.organizingCommittee();
    if (committee != null && committee.subCommittees().size() != Set.copyOf(committee.subCommittees()).size()) {
      problems.add(new Problem("organizingCommittee.subCommittees", "lists a sub-committee twice"));
    }
  }

  /**
   * The plan's duties and supervision (issue 22, {@link DutyRule}, {@link SupervisionRule}): codes unique; a holder that
   * is exactly one of a role or a unit; a role held at the unit whose conference the duty serves (the upper council's
   * reviewers act on other units' dossiers, so {@code UPPER_COUNCIL} holds no duty); a unit that is the issuer or a
   * unit of the plan's hierarchy below it that holds a conference (else nobody would have the task); exactly one due
   * form, a fixed date not before the plan was issued, a due date counted from the committee's decision only with
   * {@code organizingCommittee}; a scope with conferences in it (OWN, or LOWER with lower conferences or levels). A
   * supervision of the issuer's own conference is refused: no council above it takes part in the plan's campaign.
   */
  private void checkDuties(Plan plan, AdministrativeUnit issuer, List<Problem> problems) {
    Set<String> codes = new java.util.HashSet<>();
    boolean hasLower = plan.lowerConferences() != null || plan.cascades();
    for (int i = 0; i < plan.duties().size(); i++) {
      DutyRule d = plan.duties().get(i);
      String field = "duties[" + i + "]";
      if (!codes.add(d.code())) {
        problems.add(new Problem(field + ".code", "code '" + d.code() + "' is used twice"));
      }
      if (d.holder().given() != 1) {
        problems.add(new Problem(field + ".holder", "set exactly one of role (e.g. CULTURE_OFFICER) or unit (a unit "
            + "code of the plan)"));
      } else if (d.holder().role() == CouncilRole.UPPER_COUNCIL) {
        problems.add(new Problem(field + ".holder.role", "UPPER_COUNCIL reviews the dossiers of the units below; a "
            + "duty is held at the unit whose conference it serves: name that unit's role (e.g. STANDING_OFFICE)"));
      } else if (d.holder().unit() != null) {
        String code = d.holder().unit();
        AdministrativeUnit unit = hierarchy.hierarchyUnit(plan, code);
        boolean isIssuer = code.equals(plan.issuer().unitCode());
        if (!isIssuer && (unit == null || issuer == null || hierarchy.ancestorsBelowIssuer(plan, unit, issuer) == null)) {
          problems.add(new Problem(field + ".holder.unit", "unit '" + code + "' is not the issuer nor a unit below "
              + plan.issuer().name() + " in the plan (an administrative unit or one of its organizations)"));
        } else if (!isIssuer && !hierarchy.takesPart(plan, unit)) {
          problems.add(new Problem(field + ".holder.unit", unit.name() + " (" + code + ") holds no conference in "
              + "this plan, so it has nobody to do the duty; name a unit that takes part"));
        }
      }
      if (d.appliesTo().tier() == Tier.LOWER && !hasLower) {
        problems.add(new Problem(field + ".for", "LOWER, but the plan has no lowerConferences nor levels"));
      }
      checkDue(plan, field, d.due(), problems);
    }
    SupervisionRule supervision = plan.supervision();
    if (supervision != null) {
      if (supervision.appliesTo().tier() == Tier.OWN) {
        problems.add(new Problem("supervision.for", "OWN: the issuer's own conference has no council above it in this "
            + "plan's campaign; council members supervise the units below (LOWER or their levels)"));
      } else if (!hasLower) {
        problems.add(new Problem("supervision.for", "the plan has no lowerConferences nor levels, so no unit to "
            + "supervise"));
      }
    }
  }

  /**
   * The due rule of a submission or a duty ({@code field} is {@code submissions[i]} or {@code duties[i]}): exactly one
   * due form; a fixed date not before the plan was issued; a due date counted from the committee's decision only with
   * {@code organizingCommittee}.
   */
  private static void checkDue(Plan plan, String field, SubmissionRule.Due due, List<Problem> problems) {
    if (due.given() != 1) {
      problems.add(new Problem(field + ".due", "set exactly one of fixedDate, daysBeforeConference, "
          + "workingDaysBeforeConference or daysAfterStep"));
    }
    if (due.fixedDate() != null && due.fixedDate().isBefore(plan.issuedOn().firstDay())) {
      problems.add(new Problem(field + ".due.fixedDate", due.fixedDate() + " is before the plan was issued ("
          + plan.issuedOn() + ")"));
    }
    if (due.daysAfterStep() != null && due.daysAfterStep().step() == SubmissionRule.Step.ORGANIZING_COMMITTEE
        && plan.organizingCommittee() == null) {
      problems.add(new Problem(field + ".due.daysAfterStep.step", "ORGANIZING_COMMITTEE needs organizingCommittee"
          + " in the plan"));
    }
  }
}
