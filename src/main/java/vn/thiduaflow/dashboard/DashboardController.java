package vn.thiduaflow.dashboard;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduaflow.dashboard.CampaignDashboard.Filter;
import vn.thiduaflow.dashboard.CampaignDashboard.Page;
import vn.thiduaflow.dashboard.CampaignDashboard.Viewer;

/**
 * The campaign dashboard as JSON ({@code /api}, Basic authentication): {@code GET
 * /api/campaigns/{rootCampaignId}/dashboard?level=COMMUNE&stage=VOTE&overdue=true&page=0&size=50}. Every parameter but
 * the campaign is optional; the caller sees the units their groups allow ({@link CampaignDashboard}). A wrong level or
 * stage is 400 naming the parameter and the allowed values.
 */
@RestController
class DashboardController {

  private final CampaignDashboard dashboard;
  private final IdentityService identityService;

  DashboardController(CampaignDashboard dashboard, IdentityService identityService) {
    this.dashboard = dashboard;
    this.identityService = identityService;
  }

  @GetMapping(path = "/api/campaigns/{rootCampaignId}/dashboard", produces = "application/json")
  Page dashboard(@PathVariable Long rootCampaignId, @RequestParam(required = false) String level,
      @RequestParam(required = false) String stage, @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    // /api is authenticated (HttpSecurityConfiguration); without an authentication nothing is shown, never everything
    return dashboard.page(Viewer.of(identityService.getCurrentAuthentication()),
        Filter.of(rootCampaignId, level, stage, overdue, page, size));
  }
}
