package vn.thiduaflow.system;

/**
 * Which Spring profiles run on generated sample data. Real unit lists carry no councils, staff counts or nominees, so
 * the demo ({@code demo}), the simulation ({@code simulation}), the tests ({@code test}) and the benchmarks
 * ({@code benchmark}) generate them ({@code vn.thiduaflow.sample}); every other profile — production — creates no
 * person, council or nominee: units enter their own.
 */
public final class DataProfiles {

  /** Profile expression of the runs on sample data. */
  public static final String SAMPLE = "demo | simulation | test | benchmark";
  /** Profile expression of the runs on real data only (the complement of {@link #SAMPLE}). */
  public static final String REAL = "!(" + SAMPLE + ")";

  private DataProfiles() {}
}
