package vn.thiduaflow.council;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import vn.thiduaflow.conference.CampaignRef;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.AccessGrants;

/**
 * Camunda users and groups for the people of a campaign's councils: one group per unit and role
 * ({@link CouncilRole#groupId}, e.g. {@code u05971.chair}) and one user per council member, with an e-mail address so
 * that reminders and escalations reach them. Used by the demo and by tests; in production people are managed in the
 * Admin webapp or an identity provider.
 */
@Service
public class CouncilAccounts {

  private final ConferenceQueries conferences;
  private final CouncilMemberRepository members;
  private final IdentityService identityService;
  private final AccessGrants grants;

  public CouncilAccounts(ConferenceQueries conferences, CouncilMemberRepository members,
      IdentityService identityService, AccessGrants grants) {
    this.conferences = conferences;
    this.members = members;
    this.identityService = identityService;
    this.grants = grants;
  }

  /**
   * Creates the missing groups and users of every unit of the campaign (the units holding conferences and the councils
   * above them), and gives each group what its role may use ({@link AccessGrants#grantRole}). Existing users and
   * groups are left as they are.
   *
   * @param password every new user's password
   * @param emailDomain new users get {@code <username>@<emailDomain>}
   * @return how many users were created
   */
  public int ensureAccounts(CampaignRef campaign, String password, String emailDomain) {
    List<Conference> list = conferences.ofCampaign(campaign.getId(), null);
    Set<String> unitCodes = new HashSet<>();
    for (Conference c : list) {
      unitCodes.add(c.getUnitCode());
      unitCodes.add(c.getUpperUnitCode());
    }
    int created = 0;
    for (String code : unitCodes) {
      for (CouncilMember person : members.findByAdminStructureAndUnitCodeOrderById(campaign.getAdminStructure(), code)) {
        String groupId = person.getRole().groupId(code);
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
          Group group = identityService.newGroup(groupId);
          group.setName(person.getRole().label() + " — " + unitName(list, code));
          group.setType("WORKFLOW");
          identityService.saveGroup(group);
        }
        grants.grantRole(groupId, person.getRole());
        if (identityService.createUserQuery().userId(person.getUsername()).count() == 0) {
          User user = identityService.newUser(person.getUsername());
          user.setFirstName(person.getFullName());
          user.setLastName("(" + person.getRole().label() + ", dữ liệu mẫu)");
          user.setEmail(person.getUsername() + "@" + emailDomain);
          user.setPassword(password);
          identityService.saveUser(user);
          identityService.createMembership(person.getUsername(), groupId);
          created++;
        }
      }
    }
    return created;
  }

  private static String unitName(List<Conference> list, String code) {
    return list.stream().filter(c -> c.getUnitCode().equals(code)).map(Conference::getUnitName).findFirst()
        .orElseGet(() -> list.stream().filter(c -> code.equals(c.getUpperUnitCode()))
            .map(Conference::getUpperUnitName).findFirst().orElse(code));
  }
}
