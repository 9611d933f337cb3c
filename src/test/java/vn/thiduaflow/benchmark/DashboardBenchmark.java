package vn.thiduaflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduaflow.benchmark.BenchmarkReport.ms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignRepository;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceRepository;
import vn.thiduaflow.dashboard.CampaignDashboard;
import vn.thiduaflow.dashboard.CampaignDashboard.Filter;
import vn.thiduaflow.dashboard.CampaignDashboard.Page;
import vn.thiduaflow.dashboard.CampaignDashboard.Viewer;
import vn.thiduaflow.dashboard.Stage;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.Escalation;
import vn.thiduaflow.deadline.EscalationRepository;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.unit.AdminStructure;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The campaign dashboard with thousands of units (benchmark.dashboardUnits, default 10,000 communes below 100
 * districts of Kiên Giang's campaign; their stages spread evenly, one in 20 with an unresolved escalation; since
 * issue 22 every scheduled one with two submissions, one sent, and an organizing committee, which the rows read): the
 * time {@link CampaignDashboard#page} takes for an administrator (every unit), a district's standing office (its 100
 * communes) and a commune, for the first page, a deep page, a stage, the overdue units and a level. Each query
 * {@value #ROUNDS} times after {@value #WARM_UP} unmeasured ones; latencies in HdrHistogram.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBenchmark {

  private static final int UNITS = Integer.getInteger("benchmark.dashboardUnits", 10_000);
  private static final int DISTRICTS = 100;
  private static final int ROUNDS = 200;
  private static final int WARM_UP = 20;

  private final BenchmarkReport report = new BenchmarkReport("dashboard", 4, "database", "units in the campaign",
      "viewer", "query", "units matched", "rows on the page", "p50 ms", "p95 ms", "p99 ms", "max ms");

  @AfterAll
  void write() {
    report.write();
  }

  @Test
  void dashboardPagesWithThousandsOfUnits() {
    for (String database : BenchmarkApplication.databases()) {
      try (ConfigurableApplicationContext context = BenchmarkApplication.start(database, false)) {
        Long campaign = load(context);
        CampaignDashboard dashboard = context.getBean(CampaignDashboard.class);
        // who sees which of the loaded communes (by index): everyone, the UNITS / DISTRICTS below district D007,
        // commune C00042
        List<Object[]> viewers = List.of(
            new Object[] {"administrator", Viewer.of(List.of("camunda-admin")), (IntPredicate) i -> true},
            new Object[] {"district standing office", Viewer.of(List.of("uD007.standing-office")),
                (IntPredicate) i -> i % DISTRICTS == 7},
            new Object[] {"commune secretary", Viewer.of(List.of("uC00042.unit-secretary")),
                (IntPredicate) i -> i == 42});
        for (Object[] v : viewers) {
          Viewer viewer = (Viewer) v[1];
          IntPredicate sees = (IntPredicate) v[2];
          measure(database, (String) v[0], "first page (50, by name)", expected(sees, i -> true, 0, 50),
              () -> dashboard.page(viewer, new Filter(campaign, null, null, false, 0, 50)));
          measure(database, (String) v[0], "page 100 (50 a page)", expected(sees, i -> true, 99, 50),
              () -> dashboard.page(viewer, new Filter(campaign, null, null, false, 99, 50)));
          measure(database, (String) v[0], "stage Biểu quyết", expected(sees, i -> stageOf(i) == Stage.VOTE, 0, 50),
              () -> dashboard.page(viewer, new Filter(campaign, null, Stage.VOTE, false, 0, 50)));
          measure(database, (String) v[0], "overdue only", expected(sees, DashboardBenchmark::escalated, 0, 50),
              () -> dashboard.page(viewer, new Filter(campaign, null, null, true, 0, 50)));
          measure(database, (String) v[0], "level Cấp xã, 200 a page", expected(sees, i -> true, 0, 200),
              () -> dashboard.page(viewer, new Filter(campaign, UnitLevel.COMMUNE, null, false, 0, 200)));
        }
      }
    }
  }

  /** What a page must hold: the units matched and the rows of the page asked for. */
  private record Expected(long total, int rows) {}

  /** The units {@code viewer} sees that {@code filter} matches, counted from the loaded data, and page's rows. */
  private static Expected expected(IntPredicate sees, IntPredicate filter, int page, int size) {
    long total = IntStream.range(0, UNITS).filter(sees).filter(filter).count();
    return new Expected(total, (int) Math.max(0, Math.min(size, total - (long) page * size)));
  }

  private static Stage stageOf(int unit) {
    return Stage.values()[unit % Stage.values().length];
  }

  /** 5 of each district's 100 communes carry an unresolved escalation ({@link #load}). */
  private static boolean escalated(int unit) {
    return (unit / DISTRICTS) % 20 == 0;
  }

  /**
   * Times {@code page} and checks that what it timed is the right answer: the units matched and the rows, as counted
   * from the loaded data (a fast wrong page is no figure).
   */
  private void measure(String database, String viewer, String query, Expected expected, Supplier<Page> page) {
    Page first = page.get();
    assertThat(first.total()).as(viewer + ", " + query + ": units matched").isEqualTo(expected.total());
    assertThat(first.rows()).as(viewer + ", " + query + ": rows on the page").hasSize(expected.rows());
    for (int i = 1; i < WARM_UP; i++) {
      page.get();
    }
    Histogram h = new Histogram(3);
    Page last = null;
    for (int i = 0; i < ROUNDS; i++) {
      long before = System.nanoTime();
      last = page.get();
      h.recordValue((System.nanoTime() - before) / 1000);
    }
    report.row(database, UNITS, viewer, query, last.total(), last.rows().size(), ms(h.getValueAtPercentile(50)),
        ms(h.getValueAtPercentile(95)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()));
  }

  /**
   * Kiên Giang's campaign with {@link #UNITS} commune conferences ({@code C00000}…) below {@value #DISTRICTS}
   * districts ({@code D000}…), stages spread evenly (scheduled in Q1/2025 from the nominations stage on), one in 20
   * escalated; statistics refreshed as autovacuum would.
   */
  private static Long load(ConfigurableApplicationContext context) {
    CampaignRepository campaigns = context.getBean(CampaignRepository.class);
    Campaign campaign = campaigns.save(new Campaign("kien-giang-province-2025", AdminStructure.THREE_LEVEL, "91",
        "Tỉnh Kiên Giang", UnitLevel.PROVINCE, null, LocalDateTime.of(2024, 12, 1, 8, 0), LocalDateTime.now()));
    campaign.markRoot();
    campaign = campaigns.save(campaign);
    ConferenceRepository conferences = context.getBean(ConferenceRepository.class);
    List<Conference> rows = new ArrayList<>();
    for (int i = 0; i < UNITS; i++) {
      int district = i % DISTRICTS;
      rows.add(new Conference(campaign.getId(), Tier.LOWER, String.format("C%05d", i),
          String.format("Xã %05d", i), UnitLevel.COMMUNE, String.format("D%03d", district),
          String.format("Huyện %03d", district), false, 120));
    }
    List<Conference> saved = conferences.saveAll(rows);
    Stage[] stages = Stage.values();
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    List<Object[]> updates = new ArrayList<>();
    List<Escalation> escalated = new ArrayList<>();
    for (int i = 0; i < saved.size(); i++) {
      Stage stage = stageOf(i);
      LocalDate day = LocalDate.of(2025, 2, 3).plusDays(i % 50);
      updates.add(new Object[] {stage.statuses().get(0).name(),
          stage == Stage.PLAN ? null : java.sql.Date.valueOf(day), saved.get(i).getId()});
      if (escalated(i)) {
        escalated.add(new Escalation(saved.get(i).getId(), DeadlineKind.NOMINATIONS, day.minusDays(30),
            day.minusDays(29).atTime(8, 0), "uD000.chair", null));
      }
    }
    jdbc.batchUpdate("update conference set status = ?, scheduled_on = ? where id = ?", updates);
    // issue 22: what a scheduled unit sends before its conference (two submissions, one sent) and its committee
    List<Object[]> submissions = new ArrayList<>();
    List<Object[]> committees = new ArrayList<>();
    for (int i = 0; i < saved.size(); i++) {
      if (stages[i % stages.length] == Stage.PLAN) {
        continue;
      }
      LocalDate day = LocalDate.of(2025, 2, 3).plusDays(i % 50);
      java.sql.Timestamp opened = java.sql.Timestamp.valueOf(LocalDateTime.of(2025, 1, 6, 8, 0));
      submissions.add(new Object[] {saved.get(i).getId(), "plan-to-home-affairs", "Kế hoạch tổ chức Hội nghị",
          "Sở Nội vụ tỉnh Kiên Giang", java.sql.Date.valueOf(LocalDate.of(2025, 1, 15)), opened, opened});
      submissions.add(new Object[] {saved.get(i).getId(), "drafts-to-standing-office", "Dự thảo Báo cáo tổng kết",
          "Thường trực Hội đồng", java.sql.Date.valueOf(day.minusDays(20)), opened, null});
      committees.add(new Object[] {saved.get(i).getId(), "12/QĐ-UBND", java.sql.Date.valueOf(LocalDate.of(2025, 1, 6)),
          "office", opened});
    }
    jdbc.batchUpdate("insert into conference_submission (conference_id, code, title, recipient, due_on, started_at, "
        + "sent_at) values (?, ?, ?, ?, ?, ?, ?)", submissions);
    jdbc.batchUpdate("insert into organizing_committee (conference_id, decision_number, decision_date, recorded_by, "
        + "recorded_at) values (?, ?, ?, ?, ?)", committees);
    context.getBean(EscalationRepository.class).saveAll(escalated);
    try {
      TaskQueryBenchmark.analyze(context.getBean(javax.sql.DataSource.class));
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("ANALYZE after the bulk load", e);
    }
    assertThat(conferences.count()).isGreaterThanOrEqualTo(UNITS);
    return campaign.getId();
  }
}
