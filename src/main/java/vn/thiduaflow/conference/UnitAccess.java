package vn.thiduaflow.conference;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.thiduaflow.plan.model.CouncilRole;

/**
 * Who is calling the project's API and what of a conference they may see or change. The caller is the user Camunda's
 * HTTP Basic filter authenticated for this request ({@link IdentityService#getCurrentAuthentication()}).
 * <ul>
 *   <li>see: an administrator (group {@code camunda-admin}), any group of the conference's unit, or the chair, standing
 *       office or upper council of the unit above;</li>
 *   <li>manage (reschedule, nominee list): an administrator, the unit's chair, standing office or secretary, or the
 *       standing office of the unit above.</li>
 * </ul>
 * A conference the caller may not see is reported exactly as one that does not exist, so ids cannot be probed.
 */
@Component
public class UnitAccess {

  private final IdentityService identityService;
  private final ConferenceQueries conferences;

  UnitAccess(IdentityService identityService, ConferenceQueries conferences) {
    this.identityService = identityService;
    this.conferences = conferences;
  }

  /** The groups that may see a conference's instance: all of its unit, and the deciding groups of the unit above. */
  public static List<String> conferenceGroups(Conference conference) {
    java.util.Set<String> groups = new java.util.LinkedHashSet<>();
    for (CouncilRole role : CouncilRole.values()) {
      if (role != CouncilRole.UPPER_COUNCIL) {
        groups.add(role.groupId(conference.getUnitCode()));
      }
    }
    if (conference.getUpperUnitCode() != null) {
      for (CouncilRole role : List.of(CouncilRole.CHAIR, CouncilRole.STANDING_OFFICE, CouncilRole.UPPER_COUNCIL)) {
        groups.add(role.groupId(conference.getUpperUnitCode()));
      }
    }
    return List.copyOf(groups);
  }

  /** The authenticated user id; "system" when none (engine jobs, start-up). */
  public String userId() {
    Authentication a = identityService.getCurrentAuthentication();
    return a == null ? "system" : a.getUserId();
  }

  /**
   * The conference, if the caller may see it.
   *
   * @throws NotVisibleException when it does not exist or belongs to a unit the caller has no role in
   */
  public Conference viewable(Long conferenceId) {
    Conference conference = conferences.find(conferenceId).orElseThrow(() -> new NotVisibleException(conferenceId));
    List<String> groups = groups();
    if (unrestricted(groups)) {
      return conference;
    }
    if (conferenceGroups(conference).stream().anyMatch(groups::contains)) {
      return conference;
    }
    throw new NotVisibleException(conferenceId);
  }

  /**
   * The conference, if the caller may change it.
   *
   * @throws NotVisibleException as {@link #viewable}
   * @throws ForbiddenException when the caller may see it but holds no managing role
   */
  public Conference manageable(Long conferenceId) {
    Conference conference = viewable(conferenceId);
    List<String> groups = groups();
    if (unrestricted(groups)) {
      return conference;
    }
    String unit = conference.getUnitCode();
    List<String> managing = new java.util.ArrayList<>(List.of(CouncilRole.CHAIR.groupId(unit),
        CouncilRole.STANDING_OFFICE.groupId(unit), CouncilRole.UNIT_SECRETARY.groupId(unit)));
    if (conference.getUpperUnitCode() != null) {
      managing.add(CouncilRole.STANDING_OFFICE.groupId(conference.getUpperUnitCode()));
    }
    if (managing.stream().anyMatch(groups::contains)) {
      return conference;
    }
    throw new ForbiddenException(userId(), "hội nghị " + conferenceId, "conference " + conferenceId);
  }

  /**
   * Checks that the caller may maintain a unit's council: an administrator, or a member of the unit's standing office
   * or of its council chair's group.
   *
   * @throws ForbiddenException otherwise (403)
   */
  public void councilKeeper(String unitCode) {
    List<String> groups = groups();
    if (unrestricted(groups) || groups.contains(CouncilRole.STANDING_OFFICE.groupId(unitCode))
        || groups.contains(CouncilRole.CHAIR.groupId(unitCode))) {
      return;
    }
    throw new ForbiddenException(userId(), "Hội đồng của đơn vị " + unitCode, "the council of unit " + unitCode);
  }

  /**
   * Runs engine work on the caller's behalf after the project has checked the caller's rights: Camunda's own checks
   * are for the engine's API, and a chair moving a conference needs the engine to move jobs the chair has no
   * authorization on. The authentication is restored afterwards.
   */
  public <T> T asSystem(Supplier<T> work) {
    Authentication saved = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (saved != null) {
        identityService.setAuthentication(saved);
      }
    }
  }

  /** An administrator, or no authenticated user at all (engine jobs, start-up, internal calls). */
  /** Whether the authenticated caller is an administrator (group {@code camunda-admin}); false without a caller. */
  public boolean isAdministrator() {
    List<String> groups = groups();
    return groups != null && groups.contains(Groups.CAMUNDA_ADMIN);
  }

  private static boolean unrestricted(List<String> groups) {
    return groups == null || groups.contains(Groups.CAMUNDA_ADMIN);
  }

  private List<String> groups() {
    Authentication a = identityService.getCurrentAuthentication();
    return a == null ? null : a.getGroupIds();
  }

  /** A conference that does not exist or that the caller may not see (answered with 404 either way). */
  public static class NotVisibleException extends RuntimeException {
    public NotVisibleException(Long conferenceId) {
      super("Không tìm thấy hội nghị " + conferenceId + " / No conference " + conferenceId);
    }

    /** Something else not found, in words: "Không có đơn vị mã 21046" / "No unit with code 21046". */
    public NotVisibleException(String vietnamese, String english) {
      super(vietnamese + " / " + english);
    }
  }

  /** The caller may see the object but not change it (403). */
  public static class ForbiddenException extends RuntimeException {
    public ForbiddenException(String userId, String vietnamese, String english) {
      super(userId + " không có quyền thay đổi " + vietnamese + " / " + userId + " may not change " + english);
    }
  }
}
