package vn.thiduaflow.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.thiduaflow.plan.PlanFileException.Problem;

/**
 * All plans known to the application: every {@code *.yaml} under {@code classpath:plans/} plus, when
 * {@code thiduaflow.plans.extra-dir} is set, every {@code *.yaml} in that directory. Loaded and validated when the
 * application starts; a wrong file stops the start with a {@link PlanFileException}.
 */
@Component
public class PlanCatalog {

  private static final Logger log = LoggerFactory.getLogger(PlanCatalog.class);

  private final Map<String, Plan> plans = new LinkedHashMap<>();

  public PlanCatalog(PlanReader reader, @Value("${thiduaflow.plans.extra-dir:}") String extraDir) {
    var resolver = new PathMatchingResourcePatternResolver();
    List<Resource> files = new ArrayList<>();
    try {
      files.addAll(Arrays.asList(resolver.getResources("classpath*:plans/*.yaml")));
      if (!extraDir.isBlank()) {
        files.addAll(Arrays.asList(resolver.getResources("file:" + extraDir.replaceAll("/$", "") + "/*.yaml")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list plan files", e);
    }
    files.sort(Comparator.comparing(Resource::getDescription));
    Map<String, String> fileOf = new LinkedHashMap<>();
    for (Resource file : files) {
      String name = file.getFilename();
      try (InputStream in = file.getInputStream()) {
        Plan plan = reader.read(name, in);
        if (plans.containsKey(plan.id())) {
          throw new PlanFileException(name, List.of(new Problem("id",
              "plan id '" + plan.id() + "' is already used by " + fileOf.get(plan.id()))));
        }
        plans.put(plan.id(), plan);
        fileOf.put(plan.id(), name);
      } catch (IOException e) {
        throw new PlanFileException(name, List.of(new Problem("(file)", "cannot be read: " + e.getMessage())));
      }
    }
    log.info("Loaded {} plan(s): {}", plans.size(), plans.keySet());
  }

  /** Every plan, in file order. */
  public Collection<Plan> all() {
    return plans.values();
  }

  /** The plan with this id, if any. */
  public Optional<Plan> find(String id) {
    return Optional.ofNullable(plans.get(id));
  }

  /**
   * The plan with this id.
   *
   * @throws IllegalArgumentException listing the known plan ids when there is none
   */
  public Plan get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException(
        "No plan with id '" + id + "'; known plans: " + plans.keySet()));
  }
}
