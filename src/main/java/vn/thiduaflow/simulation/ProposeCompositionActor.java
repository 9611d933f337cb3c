package vn.thiduaflow.simulation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.AttendanceMode;
import vn.thiduaflow.conference.CompositionBalanceService;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.model.BalanceCriterionRule;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.plan.model.ScheduleStep;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * The office proposes the delegates' composition on the plan's council-vote day (the next morning without one; again
 * the next morning after a refusal): the tier's cap and shares, the presidium, the presentations, the quota to send up
 * and every balance criterion attested. A unit the script names first proposes half exemplars and one presidium seat
 * too many, which the plan's rules refuse.
 */
@Component
class ProposeCompositionActor implements ConferenceTaskActor {

  private final ConferenceQueries conferences;
  private final NominationRepository nominations;

  ProposeCompositionActor(ConferenceQueries conferences, NominationRepository nominations) {
    this.conferences = conferences;
    this.nominations = nominations;
  }

  @Override
  public String taskKey() {
    return Elements.PROPOSE_COMPOSITION;
  }

  @Override
  public LocalDateTime when(ConferenceTask task) {
    return task.attempt() == 0 ? task.scheduledOr(ScheduleStep.COUNCIL_VOTE, 8, task.nextMorning())
        : task.nextMorning();
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    boolean bad = task.script().badCompositionFirst().contains(task.unit()) && task.attempt() == 0;
    compose(task.plan(), task.conference(), conferences.tierOf(task.conference()), bad, form);
    form.describe(": " + form.get(Fields.EXEMPLAR_DELEGATES) + " điển hình + " + form.get(Fields.GUEST_DELEGATES)
        + " khách mời");
  }

  private void compose(Plan plan, Conference c, TierRules tier, boolean bad, TaskForm form) {
    int total = c.getAttendanceMode() == AttendanceMode.PLENARY && !tier.delegateCap().bindsPlenary()
        ? Math.min(c.getStaffCount(), 120) : Math.min(tier.delegateCap().value(), 120);
    int exemplars = tier.composition() == null ? total * 2 / 3
        : (int) Math.ceil(total * tier.composition().exemplarSharePercent() / 100.0);
    if (tier.delegation() != null) {
      exemplars = tier.delegation().officialDelegates();
      total = exemplars + tier.delegation().guestDelegates();
    }
    if (bad) {
      exemplars = total / 2;
    }
    form.put(Fields.EXEMPLAR_DELEGATES, exemplars);
    form.put(Fields.GUEST_DELEGATES, total - exemplars);
    var presidium = plan.presidiumFor(tier);
    int size = presidium == null ? 0 : presidium.chairedBy() != null ? presidium.chairedBy() : presidium.minSize();
    int presidiumExemplars = presidium == null || presidium.chairedBy() != null ? 0
        : (int) Math.ceil(size * (double) presidium.fractionNumerator() / presidium.fractionDenominator());
    if (bad && presidium != null) {
      size += 1;
    }
    form.put(Fields.PRESIDIUM_SIZE, size);
    form.put(Fields.PRESIDIUM_EXEMPLARS, presidiumExemplars);
    if (plan.presentations() != null) {
      var mix = plan.presentations().mix();
      form.put(Fields.PRESENTATIONS_RESIDENTIAL, mix.getOrDefault(PresentationSource.RESIDENTIAL_GROUP, 0));
      form.put(Fields.PRESENTATIONS_MASS_ORG, mix.getOrDefault(PresentationSource.MASS_ORGANIZATION, 0));
      form.put(Fields.PRESENTATIONS_AGENCY, mix.getOrDefault(PresentationSource.AGENCY, 0));
      form.put(Fields.PRESENTATIONS_INDIVIDUAL, mix.getOrDefault(PresentationSource.INDIVIDUAL, 0));
    } else {
      form.put(Fields.PRESENTATIONS_INDIVIDUAL, 3);
      form.put(Fields.PRESENTATIONS_MASS_ORG, 1);
    }
    // the office sends up no more collectives or individuals than it has eligible nominees to choose from
    var quota = conferences.upperQuotaOf(c);
    var eligible = nominations.findByConferenceIdOrderById(c.getId()).stream()
        .filter(n -> Boolean.TRUE.equals(n.getEligible())).toList();
    long collectives = eligible.stream().filter(n -> n.getKind() == NomineeKind.COLLECTIVE).count();
    form.put(Fields.UPPER_COLLECTIVES, (int) Math.min(quota == null ? 1 : quota.collectives(), collectives));
    form.put(Fields.UPPER_INDIVIDUALS, (int) Math.min(quota == null ? 3 : quota.individuals(),
        eligible.size() - collectives));
    // the office attests every balance criterion the plan lists (women, ethnicity, …): a JSON list of codes
    var criteria = tier.composition() == null ? List.<BalanceCriterionRule>of()
        : tier.composition().balanceCriteria();
    if (!criteria.isEmpty()) {
      form.put(CompositionBalanceService.ATTESTED_FIELD, criteria.stream()
          .map(k -> "\"" + k.code().name() + "\"").collect(Collectors.joining(",", "[", "]")));
    }
  }
}
