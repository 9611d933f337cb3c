package vn.thiduaflow.dashboard;

import vn.thiduaflow.award.AwardStatistics;

/**
 * The dashboard's panel "Khen thưởng" (issue 24): how many collectives and individuals the chain's decisions commended,
 * by level, kind, sector and title ({@link AwardStatistics.Figures}), over the conferences the viewer sees.
 *
 * @param workbookPath the XLSX in the webapp session (Cockpit's plugin API), the link the panel shows:
 *     {@code /camunda/api/cockpit/plugin/thiduaflow/default/dashboard/campaigns/{id}/awards/statistics.xlsx}
 * @param apiPath the same XLSX for programs ({@code /api}, Basic authentication):
 *     {@code /api/campaigns/{id}/awards/statistics.xlsx}
 */
public record AwardPanel(AwardStatistics.Figures figures, String workbookPath, String apiPath) {}
