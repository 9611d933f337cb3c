package vn.thiduaflow.dashboard.cockpit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import vn.thiduaflow.award.AwardStatistics;
import vn.thiduaflow.award.AwardStatisticsAccess;
import vn.thiduaflow.dashboard.CampaignDashboard;
import vn.thiduaflow.dashboard.CampaignDashboard.Filter;
import vn.thiduaflow.dashboard.CampaignDashboard.Viewer;
import vn.thiduaflow.dashboard.ConferenceRecord;
import vn.thiduaflow.document.NomineeWorkbook;
import vn.thiduaflow.system.InvalidInputException;

/**
 * The dashboard's data for Cockpit's page, with the logged-in webapp user's groups (the engine authentication the
 * webapp's filter sets for the request):
 * <ul>
 *   <li>{@code GET .../dashboard/campaigns}: {@code {campaigns: [CampaignChoice], stages: [Choice], levels: [Choice]}},
 *       the campaign chains the user may follow and the filters' Vietnamese labels;</li>
 *   <li>{@code GET .../dashboard/campaigns/{rootCampaignId}?level=&stage=&overdue=&page=&size=}: a
 *       {@link CampaignDashboard.Page}, the same JSON as {@code /api/campaigns/{id}/dashboard}.</li>
 *   <li>{@code GET .../dashboard/campaigns/{rootCampaignId}/awards/statistics.xlsx}: the chain's award statistics
 *       ({@link AwardStatistics#workbook}) for the people and over the conferences the dashboard shows them
 *       ({@link AwardStatisticsAccess}); 404 problem+json when the campaign does not exist or the user sees none of
 *       its units.</li>
 *   <li>{@code GET .../dashboard/conferences/{conferenceId}}: a {@link ConferenceRecord.View}, the conference's record
 *       (also once its instance has ended); 404 problem+json when it does not exist or the user may not see it.</li>
 * </ul>
 * A wrong filter is 400 problem+json naming the parameter ({@link InvalidInputException}). JSON is written with the
 * application's own ObjectMapper (ISO dates), not Cockpit's.
 */
public class DashboardPluginResource extends AbstractCockpitPluginResource {

  private final CampaignDashboard dashboard;
  private final ObjectMapper json;
  private final ConferenceRecord records;
  private final AwardStatistics awardStatistics;
  private final AwardStatisticsAccess awardAccess;

  DashboardPluginResource(String engineName, ApplicationContext context) {
    super(engineName);
    this.records = context.getBean(ConferenceRecord.class);
    this.dashboard = context.getBean(CampaignDashboard.class);
    this.json = context.getBean(ObjectMapper.class);
    this.awardStatistics = context.getBean(AwardStatistics.class);
    this.awardAccess = context.getBean(AwardStatisticsAccess.class);
  }

  /** The campaign chains the user may follow, and the stage and level choices with their labels. */
  @GET
  @Path("campaigns")
  @Produces(MediaType.APPLICATION_JSON)
  public Response campaigns() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("campaigns", dashboard.campaigns(viewer()));
    body.put("stages", CampaignDashboard.stageChoices());
    body.put("levels", CampaignDashboard.levelChoices());
    return ok(body);
  }

  /** One page of a campaign chain's units (see {@link CampaignDashboard#page}). */
  @GET
  @Path("campaigns/{rootCampaignId}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response page(@PathParam("rootCampaignId") Long rootCampaignId, @QueryParam("level") String level,
      @QueryParam("stage") String stage, @QueryParam("overdue") @DefaultValue("false") boolean overdue,
      @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
    try {
      return ok(dashboard.page(viewer(), Filter.of(rootCampaignId, level, stage, overdue, page, size)));
    } catch (InvalidInputException e) {
      return write(Response.status(Response.Status.BAD_REQUEST).type("application/problem+json"), e.problem());
    }
  }

  /** The chain's award statistics as XLSX (see {@link AwardStatistics#workbook}). */
  @GET
  @Path("campaigns/{rootCampaignId}/awards/statistics.xlsx")
  public Response awardStatistics(@PathParam("rootCampaignId") Long rootCampaignId) {
    return awardAccess.scopeFor(rootCampaignId, getCurrentAuthentication())
        .map(scope -> Response.ok(awardStatistics.workbook(scope), NomineeWorkbook.MEDIA_TYPE)
            .header("Content-Disposition", ContentDisposition.attachment()
                .filename(AwardStatistics.workbookName(rootCampaignId), StandardCharsets.UTF_8).build().toString())
            .build())
        .orElseGet(() -> write(Response.status(404).type("application/problem+json"), Map.of("status", 404,
            "title", "Not Found",
            "vi", "Không có đợt thi đua số " + rootCampaignId + " trong các đợt bạn được theo dõi",
            "en", "No campaign " + rootCampaignId + " among those you follow")));
  }

  /** A conference's record (see {@link ConferenceRecord}). */
  @GET
  @Path("conferences/{conferenceId}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response conference(@PathParam("conferenceId") Long conferenceId) {
    var auth = getCurrentAuthentication();
    List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    return records.of(conferenceId, groups).map(this::ok).orElseGet(() -> write(Response.status(404)
        .type("application/problem+json"), Map.of("status", 404, "title", "Not Found",
            "vi", "Không tìm thấy hội nghị " + conferenceId, "en", "No conference " + conferenceId)));
  }

  private Viewer viewer() {
    // the webapp's security filter refuses requests without a login before they get here
    return Viewer.of(getCurrentAuthentication());
  }

  private Response ok(Object body) {
    return write(Response.ok().type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")), body);
  }

  private Response write(Response.ResponseBuilder response, Object body) {
    try {
      return response.entity(json.writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("dashboard JSON", e);
    }
  }
}
