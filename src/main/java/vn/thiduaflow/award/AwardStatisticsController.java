package vn.thiduaflow.award;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduaflow.conference.UnitAccess.NotVisibleException;
import vn.thiduaflow.document.NomineeWorkbook;

/**
 * The award statistics of a campaign chain ({@code /api}, Basic authentication), for the people who may see the
 * campaign's dashboard and over the conferences they see there ({@link AwardStatisticsAccess}, the dashboard's rule):
 * <ul>
 *   <li>{@code GET /api/campaigns/{rootCampaignId}/awards/statistics}: the {@link AwardStatistics.Figures} as
 *       JSON;</li>
 *   <li>{@code GET /api/campaigns/{rootCampaignId}/awards/statistics.xlsx}: the workbook
 *       ({@code so-lieu-khen-thuong-<id>.xlsx}, {@link AwardStatistics#workbook}).</li>
 * </ul>
 * A campaign that does not exist, or whose units the caller sees none of, is 404 either way.
 */
@RestController
class AwardStatisticsController {

  private final AwardStatistics statistics;
  private final AwardStatisticsAccess access;
  private final IdentityService identityService;

  AwardStatisticsController(AwardStatistics statistics, AwardStatisticsAccess access,
      IdentityService identityService) {
    this.statistics = statistics;
    this.access = access;
    this.identityService = identityService;
  }

  @GetMapping(path = "/api/campaigns/{rootCampaignId}/awards/statistics", produces = "application/json")
  AwardStatistics.Figures figures(@PathVariable Long rootCampaignId) {
    return statistics.count(scope(rootCampaignId));
  }

  @GetMapping("/api/campaigns/{rootCampaignId}/awards/statistics.xlsx")
  ResponseEntity<byte[]> workbook(@PathVariable Long rootCampaignId) {
    byte[] xlsx = statistics.workbook(scope(rootCampaignId));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, NomineeWorkbook.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(AwardStatistics.workbookName(rootCampaignId), StandardCharsets.UTF_8).build().toString())
        .body(xlsx);
  }

  private AwardStatisticsScope scope(Long rootCampaignId) {
    // /api is authenticated (HttpSecurityConfiguration); without an authentication the port answers nothing
    return access.scopeFor(rootCampaignId, identityService.getCurrentAuthentication())
        .orElseThrow(() -> new NotVisibleException("Không có đợt thi đua số " + rootCampaignId
            + " trong các đợt bạn được theo dõi", "No campaign " + rootCampaignId + " among those you follow"));
  }
}
