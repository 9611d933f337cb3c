package vn.thiduaflow.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the application (issue 23), checked on the compiled main classes with ArchUnit. A package
 * directly below {@code vn.thiduaflow} is a slice (a feature such as {@code conference}, or {@code system}, the shared
 * kernel everything may use).
 *
 * <ul>
 *   <li>{@code plan} (the plan model, its reader and catalog, with the vocabulary a plan file names: council roles,
 *       nominee titles) depends on no feature either, only on {@code unit}, {@code calendar} and {@code system};
 *   <li>{@code plan.model} (the records and enums a plan file is read into) depends on nothing of {@code plan} around
 *       it (reader, checks, catalog), only on {@code unit}, {@code calendar} and {@code system};
 *   <li>{@code system} (engine clock, process ids, form values, input errors, dates) depends on no feature: it is
 *       what everything may use; the application's bootstrap (error answers, Tasklist filters) is {@code app}, and
 *       nothing depends on {@code app};
 *   <li>nothing but the demo and the simulation depends on {@code sample} or {@code simulation} (sample data belongs
 *       to them only);
 *   <li>dates shown to people are written by {@code system.VietnameseDates} only (Decree 30/2020/NĐ-CP): no other
 *       class builds its own {@code DateTimeFormatter} pattern;
 *   <li>a delegate or task listener ({@code <feature>.process}) calls its own feature's services only (a
 *       {@code @Service} of another feature is asked by the feature's own service, never by the process class);
 *   <li>no two slices depend on each other, directly or through others (ArchUnit's {@code beFreeOfCycles}).
 * </ul>
 */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.thiduaflow");

  private static final String ROOT = "vn.thiduaflow.";

  @Test
  void theSharedKernelDependsOnNoFeature() {
    noClasses().that().resideInAPackage("vn.thiduaflow.system..").should().dependOnClassesThat(
            resideInAPackage("vn.thiduaflow..").and(not(resideInAPackage("vn.thiduaflow.system.."))))
        .because("system is what every feature may use: it depends only on itself, the JDK and the frameworks")
        .check(MAIN);
  }

  @Test
  void thePlanModelDependsOnNoFeature() {
    noClasses().that().resideInAPackage("vn.thiduaflow.plan..").should().dependOnClassesThat(
            resideInAPackage("vn.thiduaflow..").and(not(resideInAnyPackage("vn.thiduaflow.plan..",
                "vn.thiduaflow.unit..", "vn.thiduaflow.calendar..", "vn.thiduaflow.system.."))))
        .because("every feature reads plans; a plan names roles and titles but knows no feature's classes")
        .check(MAIN);
  }

  @Test
  void thePlanModelIsDataThatKnowsNoReader() {
    noClasses().that().resideInAPackage("vn.thiduaflow.plan.model..").should().dependOnClassesThat(
            resideInAPackage("vn.thiduaflow..").and(not(resideInAnyPackage("vn.thiduaflow.plan.model..",
                "vn.thiduaflow.unit..", "vn.thiduaflow.calendar..", "vn.thiduaflow.system.."))))
        .because("plan.model is what a plan file says (records read by Jackson, checked by Bean Validation); the "
            + "reader, its cross-field checks and the catalog in plan use it, never the other way round")
        .check(MAIN);
  }

  @Test
  void nothingButTheDemoAndTheSimulationUsesSampleData() {
    noClasses().that().resideOutsideOfPackages("vn.thiduaflow.simulation..", "vn.thiduaflow.sample..")
        .should().dependOnClassesThat().resideInAnyPackage("vn.thiduaflow.simulation..", "vn.thiduaflow.sample..")
        .because("sample data belongs to the demo and the simulation only")
        .check(MAIN);
  }

  @Test
  void nothingDependsOnTheBootstrap() {
    noClasses().that().resideOutsideOfPackage("vn.thiduaflow.app..")
        .should().dependOnClassesThat().resideInAPackage("vn.thiduaflow.app..")
        .because("app wires the application (error answers, Tasklist filters); features never call it")
        .check(MAIN);
  }

  @Test
  void datesAreWrittenByTheOneVietnameseFormatter() {
    noClasses().that().doNotHaveFullyQualifiedName("vn.thiduaflow.system.VietnameseDates")
        .should().callMethod(DateTimeFormatter.class, "ofPattern", String.class)
        .orShould().callMethod(DateTimeFormatter.class, "ofPattern", String.class, Locale.class)
        .because("documents, forms and task texts write dates one way (Decree 30/2020): system.VietnameseDates")
        .check(MAIN);
  }

  @Test
  void processClassesCallTheirOwnFeaturesServices() {
    Set<String> calls = new TreeSet<>();
    for (JavaClass c : MAIN) {
      String own = slice(c).orElse("");
      if (!c.getPackageName().equals(ROOT + own + ".process")) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass();
        String to = slice(target).orElse(own);
        if (!to.equals(own) && !to.equals("system") && !to.equals("plan")
            && target.isAnnotatedWith(org.springframework.stereotype.Service.class)) {
          calls.add(c.getPackageName().substring(ROOT.length()) + "." + c.getSimpleName() + " → " + to + "."
              + target.getSimpleName());
        }
      }
    }
    assertThat(calls).as("a delegate or listener calls another feature's service: call the feature's own service, "
        + "which may ask the other, or move the class to the feature it serves").isEmpty();
  }

  @Test
  void slicesAreFreeOfCycles() {
    slices().matching("vn.thiduaflow.(*)..").should().beFreeOfCycles()
        .because("dependencies between features run one way: the side that needs another feature declares a port"
            + " (conference.DossierFacts, conference.CampaignDirectory, nomination.CampaignLookup …) or listens to"
            + " its event (conference.ConferenceReported), and the other implements it")
        .check(MAIN);
  }

  /** The top-level package of a class of the application; empty for the root package and for other libraries. */
  private static Optional<String> slice(JavaClass c) {
    String name = c.getPackageName();
    if (!name.startsWith(ROOT)) {
      return Optional.empty();
    }
    String rest = name.substring(ROOT.length());
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }
}
