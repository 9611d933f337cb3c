package vn.thiduaflow.council;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.CampaignDirectory;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceRepository;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.ProcessIds;

/**
 * Who holds which role for a unit, and the candidate groups of user tasks. Used from the models as
 * {@code ${councilRoles.group(execution, 'UNIT_SECRETARY')}} and {@code ${councilRoles.votingMembers(conferenceId)}}.
 */
@Component("councilRoles")
public class CouncilDirectory {

  private final CouncilMemberRepository members;
  private final ConferenceRepository conferences;
  private final CampaignDirectory campaigns;

  public CouncilDirectory(CouncilMemberRepository members, ConferenceRepository conferences,
      CampaignDirectory campaigns) {
    this.members = members;
    this.conferences = conferences;
    this.campaigns = campaigns;
  }

  /**
   * The candidate group of a role for the conference of the current process instance ({@code conferenceId}
   * variable). {@link CouncilRole#UPPER_COUNCIL} resolves to the unit above the conference's unit.
   *
   * @param role a {@link CouncilRole} name
   * @throws IllegalArgumentException when the role name is unknown
   */
  public String group(VariableScope execution, String role) {
    CouncilRole parsed = CouncilRole.parse(role);
    Conference conference = conference(ProcessIds.conferenceId(execution));
    return parsed.groupId(parsed == CouncilRole.UPPER_COUNCIL ? conference.getUpperUnitCode() : conference.getUnitCode());
  }

  /**
   * The candidate group of a role for the issuer of a campaign (tasks of the {@code Campaign} process, e.g. the chair's
   * decision on a missing lower report).
   *
   * @throws IllegalArgumentException when the role name or the campaign is unknown
   */
  public String campaignGroup(Long campaignId, String role) {
    var campaign = campaigns.find(campaignId)
        .orElseThrow(() -> new IllegalArgumentException("No campaign with id " + campaignId));
    return CouncilRole.parse(role).groupId(campaign.getIssuerCode());
  }

  /**
   * The username of the person holding a role for a unit (the first one, for roles held by several).
   *
   * @throws IllegalArgumentException when nobody holds it
   */
  public String holder(vn.thiduaflow.unit.AdminStructure structure, String unitCode, CouncilRole role) {
    return members.findByAdminStructureAndUnitCodeOrderById(structure, unitCode).stream()
        .filter(m -> m.getRole() == role).map(CouncilMember::getUsername).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Nobody holds " + role + " for unit " + unitCode));
  }

  /**
   * The username of the person holding a role for the conference's unit (the first one, for roles held by several).
   *
   * @throws IllegalArgumentException when nobody holds it
   */
  public String holder(Long conferenceId, CouncilRole role) {
    Conference conference = conference(conferenceId);
    return holder(structureOf(conference), conference.getUnitCode(), role);
  }

  /** Usernames of the voting council members (chair, vice chairs, members) of the conference's unit. */
  public List<String> votingMembers(Long conferenceId) {
    Conference conference = conference(conferenceId);
    return members.findByAdminStructureAndUnitCodeOrderById(structureOf(conference), conference.getUnitCode()).stream()
        .filter(m -> m.getRole().votes()).map(CouncilMember::getUsername).toList();
  }

  /** Everyone holding a role for the conference's unit. */
  public List<CouncilMember> people(Long conferenceId) {
    Conference conference = conference(conferenceId);
    return members.findByAdminStructureAndUnitCodeOrderById(structureOf(conference), conference.getUnitCode());
  }

  private vn.thiduaflow.unit.AdminStructure structureOf(Conference conference) {
    return conferences.structureOf(conference.getCampaignId());
  }

  private Conference conference(Long id) {
    return conferences.findById(id).orElseThrow(() -> new IllegalArgumentException("No conference with id " + id));
  }
}
