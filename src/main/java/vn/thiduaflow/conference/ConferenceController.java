package vn.thiduaflow.conference;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.nomination.NomineeListService.Entry;

/**
 * A conference over HTTP for the people of its unit and the council above: its nominee list (read by anyone who may
 * see the conference; replaced by the unit's secretary, chair or standing office while nominations are open) and its
 * audit trail (chair, standing office, secretary, the standing office above, administrators). JSON in and out; a
 * conference the caller may not see is 404 like an unknown one.
 */
@RestController
@RequestMapping(path = "/api/conferences/{conferenceId}", produces = "application/json")
class ConferenceController {

  private final UnitAccess access;
  private final NomineeListService nominees;
  private final NominationRepository nominations;
  private final AuditTrail audit;

  ConferenceController(UnitAccess access, NomineeListService nominees, NominationRepository nominations,
      AuditTrail audit) {
    this.access = access;
    this.nominees = nominees;
    this.nominations = nominations;
    this.audit = audit;
  }

  /** The conference's nominees (its own and those sent up from below), in list order. */
  @GetMapping("/nominees")
  List<NomineeView> nominees(@PathVariable Long conferenceId) {
    access.viewable(conferenceId);
    return nominations.findByConferenceIdOrderById(conferenceId).stream().map(NomineeView::of).toList();
  }

  /**
   * Replaces the unit's own nominees (rules: {@link NomineeListService}); the change is in the audit trail.
   *
   * @return the list as saved
   */
  @PutMapping(path = "/nominees", consumes = "application/json")
  List<NomineeView> replaceNominees(@PathVariable Long conferenceId, @RequestBody List<Entry> rows) {
    Conference conference = access.manageable(conferenceId);
    String actor = access.userId();
    return access.asSystem(() -> nominees.replaceAndShow(conference, rows, actor)).stream().map(NomineeView::of).toList();
  }

  /** Who did what, when (oldest first); never the content of a ballot. */
  @GetMapping("/audit")
  List<AuditTrail.Entry> audit(@PathVariable Long conferenceId) {
    Conference conference = access.manageable(conferenceId);
    return access.asSystem(() -> audit.ofConference(conference.getId()));
  }

  record NomineeView(Long id, String name, String kind, String title, int recognizedYear, String source,
      String unitCode, String unitName, String position, String achievementSummary, Boolean eligible,
      Boolean approved, boolean sample) {
    static NomineeView of(Nomination n) {
      return new NomineeView(n.getId(), n.getNomineeName(), n.getKind().name(), n.getTitle().name(),
          n.getRecognizedYear(), n.getSource() == null ? null : n.getSource().name(), n.getOriginUnitCode(),
          n.getOriginUnitName(), n.getPosition(), n.getAchievementSummary(), n.getEligible(), n.getApproved(),
          n.isSample());
    }
  }
}
