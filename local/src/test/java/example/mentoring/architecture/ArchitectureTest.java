package example.mentoring.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deployed code (the domain module and every function's handler) keeps the architecture's rules
 * ({@link ArchitectureRules}); and each rule fails on the deliberately bad classes under
 * {@code example.mentoring.architecture.bad}, so none of them passes vacuously. The local host, the
 * emulator and the fixtures are test tooling and are not imported.
 */
@DisplayName("The code keeps the architecture's rules")
class ArchitectureTest {

    static final JavaClasses DEPLOYED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> Stream.of("local", "emulator", "fixtures")
                    .noneMatch(tooling -> location.contains("/example/mentoring/" + tooling + "/")))
            .importPackages("example.mentoring");

    static final String BAD_ROOT = "example.mentoring.architecture.bad";
    static final JavaClasses BAD = new ClassFileImporter().importPackages(BAD_ROOT);

    static Stream<ArchRule> rules() {
        return new ArchitectureRules("example.mentoring").all().stream();
    }

    static Stream<ArchRule> badRules() {
        return new ArchitectureRules(BAD_ROOT).all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void holds(ArchRule rule) {
        rule.check(DEPLOYED);
    }

    @ParameterizedTest(name = "fails when broken: {0}")
    @MethodSource("badRules")
    void failsWhenBroken(ArchRule rule) {
        EvaluationResult result = rule.evaluate(BAD);
        assertTrue(result.hasViolation(), "the bad classes break this rule, yet it passed");
        assertFalse(result.getFailureReport().toString().contains("FineRepository"),
                "a repository built from AwsClients may use the SDK: " + result.getFailureReport());
    }

    @Test
    @DisplayName("the real code has what the rules look for: repositories, commands, entry points")
    void recognisesTheRoles() {
        assertTrue(ArchitectureRules.isRepository(DEPLOYED.get("example.mentoring.cohort.Cohorts")));
        assertTrue(ArchitectureRules.isRepository(DEPLOYED.get("example.mentoring.cohort.CohortItem")));
        assertFalse(ArchitectureRules.isRepository(DEPLOYED.get("example.mentoring.cohort.CohortCatalog")));
        assertTrue(ArchitectureRules.isCommand(DEPLOYED.get("example.mentoring.application.ApplicationForm")));
        assertFalse(ArchitectureRules.isCommand(DEPLOYED.get("example.mentoring.application.ApplicationIntake")));
        assertTrue(ArchitectureRules.isEntryPoint(DEPLOYED.get("example.mentoring.cohort.CohortAdminHandler")));
        assertFalse(ArchitectureRules.isEntryPoint(DEPLOYED.get("example.mentoring.cohort.CohortCatalog")));
    }
}
