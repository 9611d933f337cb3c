package vn.thiduaflow.conference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.thiduaflow.plan.model.CapScope;
import vn.thiduaflow.plan.model.CompositionRule;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.DelegationRule;
import vn.thiduaflow.plan.model.PresentationRule;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.plan.model.PresidiumRule;
import vn.thiduaflow.plan.model.ProgrammeItem;
import vn.thiduaflow.plan.model.ProgrammeOrder;
import vn.thiduaflow.plan.model.ProgrammeRule;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.plan.model.UpperQuotaRule;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleResult;
import vn.thiduaflow.system.VietnameseDates;

/**
 * The plan's rules for one conference, as pure functions of plan data and the conference's figures. Every result
 * carries the clause of the rule. Counts are people; dates are calendar days, windows inclusive at both ends.
 */
@Service
public class ConferenceRules {

  /** The chosen form must be one of the tier's allowed forms (e.g. 172/KH-UBND §II.2.1: four forms). */
  public RuleResult formAllowed(TierRules tier, ConferenceForm form) {
    boolean ok = form != null && tier.forms().contains(form);
    return new RuleResult(Rule.FORM_ALLOWED, ok, (form == null ? "no form chosen" : form.label())
        + (ok ? " is" : " is not") + " allowed; allowed: "
        + tier.forms().stream().map(ConferenceForm::label).collect(Collectors.joining("; ")), tier.clause(),
        (form == null ? "chưa chọn hình thức" : "«" + form.label() + "»" + (ok ? "" : " không"))
            + " thuộc các hình thức Kế hoạch cho phép: "
            + tier.forms().stream().map(ConferenceForm::label).collect(Collectors.joining("; ")));
  }

  /** The conference date must lie in the window (inclusive), e.g. Q1/2025 = 2025-01-01 … 2025-03-31. */
  public RuleResult dateInWindow(DateWindow window, java.time.LocalDate date) {
    boolean ok = date != null && window.contains(date);
    return new RuleResult(Rule.DATE_IN_WINDOW, ok, "conference on " + date + (ok ? " is" : " is not")
        + " within " + window.from() + " … " + window.to(), window.clause() == null ? "—" : window.clause(),
        "ngày " + VietnameseDates.day(date) + (ok ? "" : " không") + " nằm trong thời gian Kế hoạch cho phép, "
            + VietnameseDates.window(window.from(), window.to()));
  }

  /**
   * A plan's fixed dossier date must come before the conference: the upper council approves the dossier before the
   * event, so a conference on that date or earlier is refused (van-yen-2020: dossier by 27/3/2020, the conference from
   * 28/3). A dossier counted back from the conference (N days, N working days) always comes before it.
   *
   * @param fixedDate the plan's fixed dossier date, or null when it is counted from the conference
   */
  public RuleResult dossierBeforeConference(java.time.LocalDate fixedDate, String clause, java.time.LocalDate date) {
    if (fixedDate == null) {
      return new RuleResult(Rule.DOSSIER_BEFORE_CONFERENCE, true, "dossier counted back from the conference",
          clause, "hạn hồ sơ tính ngược từ ngày hội nghị");
    }
    boolean ok = date != null && date.isAfter(fixedDate);
    return new RuleResult(Rule.DOSSIER_BEFORE_CONFERENCE, ok, "conference on " + date + (ok ? " after" : " not after")
        + " the fixed dossier date " + fixedDate, clause, "hội nghị ngày " + VietnameseDates.day(date)
        + (ok ? " sau" : " không sau") + " hạn hồ sơ cố định " + VietnameseDates.day(fixedDate)
        + (ok ? "" : ": Hội đồng cấp trên phải duyệt hồ sơ trước ngày hội nghị"));
  }

  /**
   * Plenary below the staff threshold, delegate conference at or above it (172/KH-UBND §II.2.1: fewer than 300 staff →
   * plenary; Lạng Sơn §II.2.1: fewer than 200). A tier without the rule holds a delegate conference under its cap.
   *
   * @param staffCount staff of the unit (people)
   */
  public AttendanceMode attendanceMode(TierRules tier, int staffCount) {
    if (tier.attendance() == null) {
      return AttendanceMode.DELEGATE;
    }
    return staffCount < tier.attendance().plenaryBelowStaff() ? AttendanceMode.PLENARY : AttendanceMode.DELEGATE;
  }

  /** The attendance decision as a recorded result (always passes; it decides the branch). */
  public RuleResult attendance(TierRules tier, int staffCount) {
    if (tier.attendance() == null) {
      return new RuleResult(Rule.ATTENDANCE_MODE, true, "no plenary threshold: delegate conference of at most "
          + tier.delegateCap().value() + " people", tier.delegateCap().clause());
    }
    AttendanceMode mode = attendanceMode(tier, staffCount);
    return new RuleResult(Rule.ATTENDANCE_MODE, true, staffCount + " staff, threshold "
        + tier.attendance().plenaryBelowStaff() + " → " + mode.label(), tier.attendance().clause());
  }

  /**
   * Total delegates (exemplars + guests, people) must not exceed the cap; exactly the cap passes. At a plenary
   * conference every staff member attends and a cap the plan sets for delegate conferences (172/KH-UBND §II.2.1,
   * {@link vn.thiduaflow.plan.model.CapScope#DELEGATE_CONFERENCES}) does not apply; a cap on every conference of the tier
   * ({@link vn.thiduaflow.plan.model.CapScope#EVERY_CONFERENCE}) does.
   */
  public RuleResult delegateCap(TierRules tier, AttendanceMode mode, int totalDelegates) {
    if (mode == AttendanceMode.PLENARY && tier.attendance() != null && !tier.delegateCap().bindsPlenary()) {
      return new RuleResult(Rule.DELEGATE_CAP, true, "plenary conference: the delegate cap applies to delegate "
          + "conferences only", tier.attendance().clause());
    }
    int cap = tier.delegateCap().value();
    boolean ok = totalDelegates <= cap;
    return new RuleResult(Rule.DELEGATE_CAP, ok, totalDelegates + " delegates " + (ok ? "≤" : ">") + " cap " + cap,
        tier.delegateCap().clause(), "tổng số " + people(totalDelegates) + " đại biểu " + (ok ? "không vượt" : "vượt")
            + " mức tối đa " + people(cap) + " đại biểu");
  }

  /**
   * The exemplar share of all delegates against the plan's share, as the plan states it ({@link CompositionRule#share}):
   * a minimum ("chiếm 70%": at least 70%, exactly 70% passes; 172/KH-UBND §II.2.1) or an approximate share ("khoảng
   * 70%": within ± the tolerance in percentage points, both ends included — 65% and 75% pass, 64% and 76% do not, with
   * the default tolerance of 5). The result says which kind it checked, in both languages ("yêu cầu tối thiểu 70%",
   * "yêu cầu khoảng 70% (±5 điểm), từ 65% đến 75%"), and when the tolerance is the workflow's default rather than the
   * plan's. No delegates at all never passes.
   *
   * @param rule the tier's composition rule; null when the plan states none (not enforced)
   * @param exemplars exemplar delegates (people)
   * @param guests guests and leaders (people)
   */
  public RuleResult exemplarShare(CompositionRule rule, int exemplars, int guests) {
    if (rule == null) {
      return RuleResult.notStated(Rule.EXEMPLAR_SHARE);
    }
    int total = exemplars + guests;
    boolean ok = total > 0 && (long) exemplars * 100 >= (long) rule.lowestPercent() * total
        && (long) exemplars * 100 <= (long) rule.highestPercent() * total;
    String share = total == 0 ? null : percent(exemplars * 100.0 / total);
    String band = rule.approximate() ? ", từ " + rule.lowestPercent() + "% đến " + rule.highestPercent() + "%" : "";
    String defaulted = rule.toleranceStated() ? "" : " (mức ±" + rule.tolerancePoints() + " điểm là mặc định của hệ "
        + "thống, Kế hoạch không nêu)";
    return new RuleResult(Rule.EXEMPLAR_SHARE, ok, exemplars + " of " + total + " delegates are exemplars ("
        + (share == null ? "no delegates" : share.replace(',', '.')) + "), required " + rule.describe()
        + (rule.toleranceStated() ? "" : " [tolerance: the workflow's default, not stated in the plan]"),
        rule.clause(), (total == 0 ? "chưa có đại biểu" : people(exemplars) + " trên " + people(total)
            + " đại biểu là điển hình tiên tiến") + "; yêu cầu " + rule.describeVi() + band + defaulted + ": "
            + (share == null ? "" : share + " ") + (ok ? "đạt" : "không đạt"));
  }

  /** A percentage as Vietnamese write it: "64%", "64,5%", "66,67%" (at most two decimals). */
  private static String percent(double value) {
    var format = new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(
        java.util.Locale.forLanguageTag("vi-VN")));
    return format.format(value) + "%";
  }

  /**
   * Presidium size and composition: either within [min, max] people with at least the exemplar fraction (172/KH-UBND
   * §III.3.4: 9–11, ⅓ heroes, emulation fighters, exemplars; omittable in staged formats), or exactly "chaired by N"
   * (27/KH-UBND §II.4: 3 leaders).
   *
   * @param staged the conference uses a staged format (sân khấu hóa, giao lưu)
   * @param size presidium members (people)
   * @param exemplars of them, heroes, emulation fighters and exemplars (people)
   */
  public RuleResult presidium(PresidiumRule rule, boolean staged, int size, int exemplars) {
    if (rule == null) {
      return RuleResult.notStated(Rule.PRESIDIUM);
    }
    if (rule.chairedBy() != null) {
      boolean ok = size == rule.chairedBy();
      return new RuleResult(Rule.PRESIDIUM, ok, "chaired by " + size + " (required " + rule.chairedBy() + ")",
          rule.clause(), "Đoàn Chủ tịch " + size + " người, Kế hoạch quy định " + rule.chairedBy() + " người");
    }
    if (size == 0 && staged && rule.omittableForStagedFormats()) {
      return new RuleResult(Rule.PRESIDIUM, true, "staged format: presidium omitted", rule.clause());
    }
    List<String> problems = new ArrayList<>();
    List<String> vi = new ArrayList<>();
    if (size < rule.minSize() || size > rule.maxSize()) {
      problems.add("size " + size + " outside " + rule.minSize() + "–" + rule.maxSize());
      vi.add("Đoàn Chủ tịch " + size + " người, Kế hoạch quy định từ " + rule.minSize() + " đến " + rule.maxSize()
          + " người");
    }
    if (exemplars < 0 || exemplars > size) {
      problems.add("exemplar members " + exemplars + " not between 0 and size " + size);
      vi.add("số thành viên là điển hình " + exemplars + " phải từ 0 đến " + size);
    } else if ((long) exemplars * rule.fractionDenominator() < (long) size * rule.fractionNumerator()) {
      problems.add("exemplar members " + exemplars + " of " + size + " below " + rule.exemplarFraction());
      vi.add("chỉ " + exemplars + "/" + size + " thành viên là anh hùng, chiến sĩ thi đua, điển hình, dưới "
          + rule.exemplarFraction());
    }
    boolean ok = problems.isEmpty();
    return new RuleResult(Rule.PRESIDIUM, ok, ok ? "presidium of " + size + ", " + exemplars + " exemplars"
        : String.join("; ", problems), rule.clause(), ok ? "Đoàn Chủ tịch " + size + " người, " + exemplars
        + " điển hình" : String.join("; ", vi));
  }

  /** Delegates sent to the upper level must not exceed the quota (Văn Yên: 1 collective + 5 individuals). */
  public RuleResult upperQuota(UpperQuotaRule rule, int collectives, int individuals) {
    if (rule == null) {
      return RuleResult.notStated(Rule.UPPER_QUOTA);
    }
    if (rule.decidedDuringCampaign()) {
      // a quota left to the standing office reaches the rule as the plan's own only while the office has not decided
      // it (decided ones come as fixed numbers, vn.thiduaflow.quota.DelegateQuotaService#effective)
      return new RuleResult(Rule.UPPER_QUOTA, false, "the upper council's standing office has not decided the quota yet",
          rule.clause(), "Thường trực Hội đồng cấp trên chưa phân bổ số đại biểu cho đơn vị; chờ phân bổ rồi đề xuất lại");
    }
    boolean ok = collectives >= 0 && individuals >= 0 && collectives <= rule.collectives()
        && individuals <= rule.individuals();
    return new RuleResult(Rule.UPPER_QUOTA, ok, collectives + " collective(s) + " + individuals
        + " individual(s) to the upper level; quota " + rule.collectives() + " + " + rule.individuals(), rule.clause(),
        collectives + " tập thể và " + individuals + " cá nhân đi dự cấp trên; được cử tối đa "
            + rule.collectives() + " tập thể và " + rule.individuals() + " cá nhân");
  }

  /**
   * A congress with fixed numbers: official delegates (people) at most the official number and guests at most the
   * guest number (11th National Congress: 2,025 official + 198 guests = 2,223).
   */
  public RuleResult delegationNumbers(DelegationRule rule, int official, int guests) {
    if (rule == null) {
      return RuleResult.notStated(Rule.DELEGATION_NUMBERS);
    }
    boolean ok = official >= 0 && guests >= 0 && official <= rule.officialDelegates()
        && guests <= rule.guestDelegates();
    return new RuleResult(Rule.DELEGATION_NUMBERS, ok, official + " official + " + guests + " guest delegates; at most "
        + rule.officialDelegates() + " + " + rule.guestDelegates(), rule.clause(), people(official)
        + " đại biểu chính thức và " + people(guests) + " đại biểu khách mời; tối đa " + people(rule.officialDelegates())
        + " và " + people(rule.guestDelegates()));
  }

  /** The number of delegations (lower units sending delegates) must be the plan's (11th National Congress: 105). */
  public RuleResult delegations(DelegationRule rule, int delegations) {
    if (rule == null) {
      return RuleResult.notStated(Rule.DELEGATIONS);
    }
    boolean ok = delegations == rule.delegations();
    return new RuleResult(Rule.DELEGATIONS, ok, delegations + " delegation(s); the plan has " + rule.delegations(),
        rule.clause());
  }

  /** The presentations must follow the planned mix exactly (Văn Yên §II.5.2: 2 + 1 + 1 + 1 = 5). */
  public RuleResult presentationMix(PresentationRule rule, Map<PresentationSource, Integer> planned) {
    if (rule == null) {
      return RuleResult.notStated(Rule.PRESENTATION_MIX);
    }
    List<String> problems = new ArrayList<>();
    List<String> vi = new ArrayList<>();
    for (PresentationSource source : PresentationSource.values()) {
      int expected = rule.mix().getOrDefault(source, 0);
      int actual = planned.getOrDefault(source, 0);
      if (expected != actual) {
        problems.add(source.label() + ": " + actual + " (plan " + expected + ")");
        vi.add(source.label() + ": " + actual + " tham luận (Kế hoạch " + expected + ")");
      }
    }
    boolean ok = problems.isEmpty();
    return new RuleResult(Rule.PRESENTATION_MIX, ok, ok ? rule.total() + " presentations as planned"
        : String.join("; ", problems), rule.clause(), ok ? rule.total() + " tham luận đúng Kế hoạch"
        : String.join("; ", vi));
  }

  /**
   * The unit's programme against the plan's (e.g. 172/KH-UBND §III.1: ten items, the flag salute only at a congress):
   * <ul>
   *   <li>every code is one of the plan's items for the conference's form, each once;</li>
   *   <li>every required item of the form is there (an optional one, {@code required: false}, may be left out);</li>
   *   <li>a ceremony before the session ({@code beforeSession}) comes before every item of the session;</li>
   *   <li>the order follows {@link ProgrammeRule#reorder()}: {@link ProgrammeOrder#FIXED} the plan's order exactly,
   *       {@link ProgrammeOrder#WITHIN_SESSION} the ceremonies in the plan's order and the session's items in any,
   *       {@link ProgrammeOrder#FREE} any order (ceremonies still first).</li>
   * </ul>
   * Every problem is named with its item's label, all at once; the clause is the programme's (and its ordering
   * clause when the order is wrong).
   *
   * @param items the item codes in the unit's order
   */
  public RuleResult programme(ProgrammeRule rule, ConferenceForm form, List<String> items) {
    List<ProgrammeItem> planned = rule.itemsFor(form);
    List<String> plannedCodes = planned.stream().map(ProgrammeItem::code).toList();
    List<String> en = new ArrayList<>();
    List<String> vi = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<String> known = new ArrayList<>();
    for (String code : items) {
      var item = rule.item(code);
      if (!seen.add(code)) {
        en.add(code + " listed twice");
        vi.add("«" + item.map(ProgrammeItem::label).orElse(code) + "» có hai lần");
      } else if (item.isEmpty()) {
        en.add("unknown item " + code);
        vi.add("nội dung «" + code + "» không có trong chương trình của Kế hoạch");
      } else if (!plannedCodes.contains(code)) {
        en.add(code + " is not for " + form);
        vi.add("«" + item.get().label() + "» không thuộc chương trình của hình thức «" + form.label() + "»");
      } else {
        known.add(code);
      }
    }
    List<ProgrammeItem> missing = planned.stream().filter(ProgrammeItem::required)
        .filter(i -> !items.contains(i.code())).toList();
    if (!missing.isEmpty()) {
      en.add("missing " + missing.stream().map(ProgrammeItem::code).toList());
      vi.add("thiếu nội dung bắt buộc: " + missing.stream().map(i -> "«" + i.label() + "»")
          .collect(Collectors.joining("; ")));
    }
    ProgrammeItem firstOfSession = null;
    for (String code : known) {
      ProgrammeItem item = rule.item(code).orElseThrow();
      if (!item.beforeSession() && firstOfSession == null) {
        firstOfSession = item;
      } else if (item.beforeSession() && firstOfSession != null) {
        en.add(code + " is held before the session but follows " + firstOfSession.code());
        vi.add("«" + item.label() + "» là nghi thức trước phiên khai mạc, phải đặt trước «" + firstOfSession.label()
            + "»");
      }
    }
    boolean orderWrong = false;
    if (rule.reorder() != ProgrammeOrder.FREE) {
      List<String> compared = rule.reorder() == ProgrammeOrder.FIXED ? known
          : known.stream().filter(c -> rule.item(c).orElseThrow().beforeSession()).toList();
      List<String> expected = plannedCodes.stream().filter(compared::contains).toList();
      for (int i = 0; i < compared.size(); i++) {
        if (!compared.get(i).equals(expected.get(i))) {
          orderWrong = true;
          en.add("position " + (i + 1) + ": " + compared.get(i) + ", the plan has " + expected.get(i));
          vi.add("vị trí thứ " + (i + 1) + " là «" + rule.item(compared.get(i)).orElseThrow().label()
              + "», Kế hoạch xếp «" + rule.item(expected.get(i)).orElseThrow().label() + "»");
        }
      }
      if (orderWrong) {
        String what = rule.reorder() == ProgrammeOrder.FIXED ? "Kế hoạch không cho thay đổi thứ tự các nội dung"
            : "Kế hoạch chỉ cho sắp xếp lại các nội dung trong phiên hội nghị, các nghi thức trước phiên giữ thứ tự";
        en.add(rule.reorder() == ProgrammeOrder.FIXED ? "the plan allows no change of order"
            : "the plan lets only the session's items be reordered");
        vi.add(what);
      }
    }
    boolean ok = en.isEmpty();
    String clause = orderWrong && !rule.orderClause().equals(rule.clause())
        ? rule.clause() + "; " + rule.orderClause() : rule.clause();
    long required = planned.stream().filter(ProgrammeItem::required).count();
    return new RuleResult(Rule.PROGRAMME, ok, ok ? known.size() + " items, the " + required
        + " required present, order " + rule.reorder() : String.join("; ", en), clause,
        ok ? known.size() + " nội dung, đủ " + required + " nội dung bắt buộc, đúng thứ tự Kế hoạch cho phép"
            : String.join("; ", vi));
  }

  /** A number of people as Vietnamese writes it: 1.000.000 (dot between thousands). */
  private static String people(long n) {
    return String.format(java.util.Locale.forLanguageTag("vi-VN"), "%,d", n);
  }
}
