package vn.thiduaflow.simulation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.simulation.SimulationResult.Refusal;
import vn.thiduaflow.simulation.SimulationResult.TimelineEntry;
import vn.thiduaflow.simulation.SimulationResult.WindowProbe;

/**
 * The state of one simulation, which {@link CampaignSimulator} and its scripted actors share: the script, the plan at
 * the top of the chain, how often each actor has acted, the timeline, the refusals and window probes, and the engine
 * time spent. One per {@link CampaignSimulator#run(String, SimulationScript)}; not thread-safe.
 */
final class SimulationRun {

  private final SimulationScript script;
  /** The plan started at the top of the chain (its unit selections guide the scripted nominee source). */
  private final Plan rootPlan;
  private final PlanCatalog plans;
  private final CampaignService campaigns;
  /** How often each actor has acted, by "conference id/task key" or "campaign id/unit code/task key". */
  private final Map<String, Integer> attempts = new HashMap<>();
  private final List<TimelineEntry> timeline = new ArrayList<>();
  private final List<Refusal> refusals = new ArrayList<>();
  /** Each conference's first scheduling try, the day before its window opens (issue 22), and how it was refused. */
  private final List<WindowProbe> probes = new ArrayList<>();
  private final Map<Long, Plan> planOfCampaign = new HashMap<>();
  private final Map<Long, Campaign> campaignById = new HashMap<>();
  /** When a late-reporting unit records its conference: fixed the first time (30 days after its report was due). */
  private final Map<Long, LocalDateTime> lateHolding = new HashMap<>();
  /** Wall-clock nanoseconds spent in the engine's transactions (see {@link SimulationResult#engineMillis}). */
  private long engineNanos;
  /** Engine nanoseconds and count per kind of transaction ("complete UserTask_VoteOnNominees", "job <id>"). */
  private final Map<String, long[]> engineByKind = new HashMap<>();

  SimulationRun(SimulationScript script, Plan rootPlan, PlanCatalog plans, CampaignService campaigns) {
    this.script = script;
    this.rootPlan = rootPlan;
    this.plans = plans;
    this.campaigns = campaigns;
  }

  SimulationScript script() {
    return script;
  }

  Plan rootPlan() {
    return rootPlan;
  }

  /** The plan of the conference's campaign (looked up once per campaign). */
  Plan plan(Conference c) {
    return planOfCampaign.computeIfAbsent(c.getCampaignId(), id -> plans.get(campaign(id).getPlanId()));
  }

  /** The campaign (looked up once). */
  Campaign campaign(Long id) {
    return campaignById.computeIfAbsent(id, campaigns::get);
  }

  /** How often the actor has acted under {@code key}: 0 before its first time. */
  int attempts(String key) {
    return attempts.getOrDefault(key, 0);
  }

  /** Counts one more act under {@code key}; how often the actor had acted before this one. */
  int countAttempt(String key) {
    int attempt = attempts(key);
    attempts.put(key, attempt + 1);
    return attempt;
  }

  /** When the late-reporting unit's conference is held: {@code first} the first time asked, the same ever after. */
  LocalDateTime lateHolding(Long conferenceId, Function<Long, LocalDateTime> first) {
    return lateHolding.computeIfAbsent(conferenceId, first);
  }

  List<TimelineEntry> timeline() {
    return timeline;
  }

  /** Adds an entry to the timeline. */
  void record(TimelineEntry entry) {
    timeline.add(entry);
  }

  List<Refusal> refusals() {
    return refusals;
  }

  List<WindowProbe> probes() {
    return probes;
  }

  long engineNanos() {
    return engineNanos;
  }

  /** Engine nanoseconds ([0]) and transactions ([1]) per kind of transaction. */
  Map<String, long[]> engineByKind() {
    return engineByKind;
  }

  /** Runs one engine transaction of the given kind, its time counted as engine time. */
  <T> T inEngine(String kind, Supplier<T> transaction) {
    long before = System.nanoTime();
    try {
      return transaction.get();
    } finally {
      long nanos = System.nanoTime() - before;
      engineNanos += nanos;
      long[] sum = engineByKind.computeIfAbsent(kind, k -> new long[2]);
      sum[0] += nanos;
      sum[1]++;
    }
  }

  void inEngine(String kind, Runnable transaction) {
    inEngine(kind, () -> {
      transaction.run();
      return null;
    });
  }
}
