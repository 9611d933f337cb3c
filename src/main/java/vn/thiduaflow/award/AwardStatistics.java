package vn.thiduaflow.award;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.document.AwardStatisticsWorkbook;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.VietnameseDates;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The figures a secretariat is asked for (issue 24, "Numbers a secretariat is asked for"): how many collectives and
 * individuals (people) the decisions of a campaign chain commended, by the level of the issuing authority, by kind, by
 * sector, by award form and by the title they were nominated for — the figures of the five-year summary report
 * (báo cáo tổng kết), counted from the award register ({@link AwardRecord}, one row per recipient of a decision) rather
 * than typed again.
 *
 * <p>What "sector" (khối) means here: the data hold no field of activity (lĩnh vực: giáo dục, y tế …) for a nominee.
 * What they hold, and what a secretariat recognises as a "khối", is where the nomination came from — the nominee
 * list's "Nguồn đề cử" ({@link PresentationSource}: tổ dân phố / thôn, đoàn thể, cơ quan / đơn vị, cá nhân), the
 * grouping the plans use for the conference's presentations (Văn Yên 2020 §II.5.2). A recipient without a nomination
 * (a decision issued outside a conference) counts under "Không rõ".
 *
 * <p>Every breakdown adds up to the total: each recipient falls in exactly one line of each (an unknown level, sector
 * or title has a line of its own). Two queries per call (the groups, the decisions) over the campaigns' award rows
 * (index V26).
 */
@Service
@Transactional(readOnly = true)
public class AwardStatistics {

  /** The code of the line of recipients whose level, sector or title is not known. */
  public static final String UNKNOWN = "UNKNOWN";

  private final EntityManager em;

  AwardStatistics(EntityManager em) {
    this.em = em;
  }

  /**
   * One line of a breakdown: collectives and individuals (people) commended.
   *
   * @param code the value counted ({@code COMMUNE}, {@code COLLECTIVE}, {@code MASS_ORGANIZATION}, the award form as
   *     granted, {@code EXEMPLAR}); {@value #UNKNOWN} for the recipients without one
   * @param label Vietnamese, as the workbook and the dashboard print it
   */
  public record Line(String code, String label, long collectives, long individuals) {
    /** Collectives and individuals together. */
    public long total() {
      return collectives + individuals;
    }
  }

  /**
   * The figures of a scope.
   *
   * @param decisions the decisions counted
   * @param collectives collectives commended (an award each: a collective commended twice counts twice)
   * @param individuals individuals commended (likewise)
   * @param byLevel per level of the issuing authority ({@link UnitLevel}, highest first); only the levels present
   * @param byKind collectives, then individuals (both always present)
   * @param bySector per source of the nomination ({@link PresentationSource}, every one present), then unknown
   * @param byAward per award form as granted ("Giấy khen của Chủ tịch Ủy ban nhân dân xã"), most frequent first
   * @param byTitle per title the nominee was put forward for ({@link NomineeTitle}, every one present), then unknown
   */
  public record Figures(Long rootCampaignId, String title, long decisions, long collectives, long individuals,
      List<Line> byLevel, List<Line> byKind, List<Line> bySector, List<Line> byAward, List<Line> byTitle) {
    /** Every recipient commended. */
    public long total() {
      return collectives + individuals;
    }
  }

  /** One group of the query: a level, kind, sector, title and award form with its count of recipients. */
  private record Group(String level, NomineeKind kind, PresentationSource sector, NomineeTitle title, String award,
      long count) {}

  /** The scope's figures (zeros when it holds no award). */
  public Figures count(AwardStatisticsScope scope) {
    List<Group> groups = groups(scope);
    long collectives = groups.stream().filter(g -> g.kind() == NomineeKind.COLLECTIVE).mapToLong(Group::count).sum();
    long individuals = groups.stream().filter(g -> g.kind() != NomineeKind.COLLECTIVE).mapToLong(Group::count).sum();
    List<Line> byLevel = lines(groups, Group::level).entrySet().stream()
        .sorted(Comparator.comparingInt(e -> levelOrder(e.getKey())))
        .map(e -> line(e.getKey(), levelLabel(e.getKey()), e.getValue())).toList();
    List<Line> byKind = List.of(
        new Line(NomineeKind.COLLECTIVE.name(), NomineeKind.COLLECTIVE.label(), collectives, 0),
        new Line(NomineeKind.INDIVIDUAL.name(), NomineeKind.INDIVIDUAL.label(), 0, individuals));
    List<Line> bySector = everyValue(groups, PresentationSource.values(), Group::sector, PresentationSource::label);
    List<Line> byTitle = everyValue(groups, NomineeTitle.values(), Group::title, NomineeTitle::label);
    List<Line> byAward = lines(groups, Group::award).entrySet().stream()
        .map(e -> line(e.getKey(), e.getKey() == null ? "Không rõ" : e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(Line::total).reversed().thenComparing(Line::label)).toList();
    return new Figures(scope.rootCampaignId(), scope.title(), decisions(scope), collectives, individuals, byLevel,
        byKind, bySector, byAward, byTitle);
  }

  /**
   * The figures as an Excel workbook (XLSX): a sheet per breakdown ("Theo cấp khen thưởng", "Theo đối tượng", "Theo
   * khối", "Theo hình thức khen thưởng", "Theo danh hiệu"), each with its lines (collectives, individuals, total) and a
   * "Tổng cộng" row equal to the total.
   */
  public byte[] workbook(AwardStatisticsScope scope) {
    Figures f = count(scope);
    String note = "Lập ngày " + VietnameseDates.day(EngineClock.today()) + ": " + f.decisions()
        + " quyết định khen thưởng của đợt thi đua và các đợt thi đua cấp dưới"
        + (scope.limited() ? ", của các đơn vị người lập được xem" : "")
        + ". Khối: nguồn đề cử trong danh sách đề cử (tổ dân phố / thôn, đoàn thể, cơ quan / đơn vị, cá nhân).";
    List<AwardStatisticsWorkbook.Table> tables = List.of(
        table("Theo cấp khen thưởng", "Cấp khen thưởng", f.byLevel()),
        table("Theo đối tượng", "Tập thể / Cá nhân", f.byKind()),
        table("Theo khối", "Khối (nguồn đề cử)", f.bySector()),
        table("Theo hình thức khen thưởng", "Hình thức khen thưởng", f.byAward()),
        table("Theo danh hiệu", "Danh hiệu được đề cử", f.byTitle()));
    return AwardStatisticsWorkbook.write("SỐ LIỆU KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN", f.title(), note, tables);
  }

  /** The workbook's file name: {@code so-lieu-khen-thuong-<rootCampaignId>.xlsx}. */
  public static String workbookName(Long rootCampaignId) {
    return "so-lieu-khen-thuong-" + rootCampaignId + ".xlsx";
  }

  private static AwardStatisticsWorkbook.Table table(String sheet, String dimension, List<Line> lines) {
    return new AwardStatisticsWorkbook.Table(sheet, dimension, lines.stream()
        .map(l -> new AwardStatisticsWorkbook.Row(l.label(), l.collectives(), l.individuals())).toList());
  }

  private List<Group> groups(AwardStatisticsScope scope) {
    if (scope.campaignIds().isEmpty() || (scope.limited() && scope.conferenceIds().isEmpty())) {
      return List.of();
    }
    TypedQuery<Object[]> q = em.createQuery("select r.awardLevel, r.recipientKind, n.source, n.title, r.award, "
        + "count(r) from AwardRecord r left join CommendationDecision d on d.id = r.decisionId "
        + "left join Nomination n on n.id = r.nominationId where r.campaignId in :campaigns"
        + (scope.limited() ? " and d.conferenceId in :conferences" : "")
        + " group by r.awardLevel, r.recipientKind, n.source, n.title, r.award", Object[].class)
        .setParameter("campaigns", scope.campaignIds());
    if (scope.limited()) {
      q.setParameter("conferences", scope.conferenceIds());
    }
    return q.getResultList().stream().map(r -> new Group((String) r[0], (NomineeKind) r[1],
        (PresentationSource) r[2], (NomineeTitle) r[3], (String) r[4], ((Number) r[5]).longValue())).toList();
  }

  private long decisions(AwardStatisticsScope scope) {
    if (scope.campaignIds().isEmpty() || (scope.limited() && scope.conferenceIds().isEmpty())) {
      return 0;
    }
    TypedQuery<Long> q = em.createQuery("select count(distinct r.decisionId) from AwardRecord r "
        + "left join CommendationDecision d on d.id = r.decisionId where r.campaignId in :campaigns"
        + (scope.limited() ? " and d.conferenceId in :conferences" : ""), Long.class)
        .setParameter("campaigns", scope.campaignIds());
    if (scope.limited()) {
      q.setParameter("conferences", scope.conferenceIds());
    }
    return q.getSingleResult();
  }

  /** Collectives and individuals per value of {@code key}, in the order first met; a null value stays null. */
  private static <K> Map<K, long[]> lines(List<Group> groups, Function<Group, K> key) {
    Map<K, long[]> counts = new LinkedHashMap<>();
    for (Group g : groups) {
      long[] c = counts.computeIfAbsent(key.apply(g), k -> new long[2]);
      c[g.kind() == NomineeKind.COLLECTIVE ? 0 : 1] += g.count();
    }
    return counts;
  }

  private static Line line(String code, String label, long[] counts) {
    return new Line(code == null ? UNKNOWN : code, label, counts[0], counts[1]);
  }

  /** A line per value of the enum (0 included), then one for the recipients without a value when there are any. */
  private static <E extends Enum<E>> List<Line> everyValue(List<Group> groups, E[] values, Function<Group, E> key,
      Function<E, String> label) {
    Map<E, long[]> counts = lines(groups, key);
    List<Line> out = new ArrayList<>();
    for (E v : values) {
      out.add(line(v.name(), label.apply(v), counts.getOrDefault(v, new long[2])));
    }
    if (counts.containsKey(null)) {
      out.add(line(null, "Không rõ (không có hồ sơ đề cử)", counts.get(null)));
    }
    return out;
  }

  private static int levelOrder(String level) {
    try {
      return level == null ? Integer.MAX_VALUE : UnitLevel.valueOf(level).ordinal();
    } catch (IllegalArgumentException notALevel) {
      return Integer.MAX_VALUE - 1;
    }
  }

  private static String levelLabel(String level) {
    if (level == null) {
      return "Không rõ cấp";
    }
    try {
      return UnitLevel.valueOf(level).label();
    } catch (IllegalArgumentException notALevel) {
      return level;
    }
  }
}
