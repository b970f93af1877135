package example.mentoring.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import example.mentoring.aws.AwsClients;
import java.util.List;
import java.util.Set;

/**
 * The architecture README's "Architecture" section claims, as ArchUnit rules over the classes under
 * one root package ({@code example.mentoring} for the real code, another root for the deliberately
 * bad classes that prove each rule fails; see {@code ArchitectureTest}).
 *
 * <p>How the rules recognise the roles:
 * <ul>
 * <li>a <b>repository or gateway</b> (the classes that talk to an AWS service) is a class with a
 * constructor taking {@link AwsClients}: it is built from the SDK clients, so it is the one place
 * that may use them; its nested classes, and the classes only repositories use (the {@code …Item}
 * mappers, {@code EmailMessages}), count as part of it;</li>
 * <li>a <b>command</b> is a record with a public static method taking a Jackson {@code JsonNode}
 * (its reader: {@code ApplicationForm.read}, {@code RunRequest.of}, …): the parse at the edge,
 * kept beside the invariants it checks, so it may use Jackson and {@code http.JsonFields};</li>
 * <li>the <b>domain</b> is the feature packages and the shared vocabulary (outcome, access, text);
 * the <b>edge</b> is {@code http}, {@code idempotency} and the handlers' registrations.</li>
 * </ul>
 */
final class ArchitectureRules {

    static final List<String> FEATURES = List.of("cohort", "application", "match", "matchengine", "meeting",
            "post", "notification", "link", "report", "audit", "checkin", "year", "person", "recruitment");
    static final List<String> VOCABULARY = List.of("outcome", "access", "text");
    /** Packages with no SDK, no Lambda types, no AWS configuration and no clock: pure functions of their input. */
    static final List<String> PURE = List.of("matchengine", "notification.email", "text", "outcome", "report");

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    private String[] packages(List<String> names) {
        return names.stream().map(name -> root + "." + name + "..").toArray(String[]::new);
    }

    private String[] domain() {
        return java.util.stream.Stream.concat(FEATURES.stream(), VOCABULARY.stream())
                .map(name -> root + "." + name + "..").toArray(String[]::new);
    }

    static final DescribedPredicate<JavaClass> REPOSITORY = DescribedPredicate.describe(
            "repositories and gateways (built from AwsClients), their nested classes and the helpers only they use",
            ArchitectureRules::isRepository);

    static boolean isRepository(JavaClass type) {
        return isRepository(type, new java.util.HashSet<>());
    }

    private static boolean isRepository(JavaClass type, Set<JavaClass> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type.getConstructors().stream().anyMatch(c -> c.getRawParameterTypes().stream()
                .anyMatch(p -> p.isEquivalentTo(AwsClients.class)))) {
            return true;
        }
        if (type.getEnclosingClass().map(outer -> isRepository(outer, seen)).orElse(false)) {
            return true;
        }
        // a helper only repositories use (an item's mapper, a stored document's reader) is part of them
        Set<JavaClass> users = new java.util.HashSet<>();
        type.getDirectDependenciesToSelf().forEach(d -> users.add(d.getOriginClass()));
        users.remove(type);
        users.removeIf(user -> user.getEnclosingClass().map(type::equals).orElse(false));
        return !users.isEmpty() && users.stream().allMatch(user -> isRepository(user, seen));
    }

    static final DescribedPredicate<JavaClass> ENTRY_POINT = DescribedPredicate.describe(
            "entry points (Lambda handlers and their SnapStart primers, the composition roots)",
            ArchitectureRules::isEntryPoint);

    static boolean isEntryPoint(JavaClass type) {
        return type.isAssignableTo("com.amazonaws.services.lambda.runtime.RequestHandler")
                || type.isAssignableTo("com.amazonaws.services.lambda.runtime.RequestStreamHandler")
                || type.isAssignableTo("example.mentoring.priming.Primer")
                || type.getEnclosingClass().map(ArchitectureRules::isEntryPoint).orElse(false);
    }

    static final DescribedPredicate<JavaClass> COMMAND = DescribedPredicate.describe(
            "commands (records read from a JsonNode by a public static method) and their nested classes",
            ArchitectureRules::isCommand);

    static boolean isCommand(JavaClass type) {
        boolean reader = type.isRecord() && type.getMethods().stream().anyMatch(m ->
                m.getModifiers().containsAll(Set.of(JavaModifier.PUBLIC, JavaModifier.STATIC))
                        && m.getRawParameterTypes().stream().anyMatch(p -> p.getName().equals("com.fasterxml.jackson.databind.JsonNode")));
        return reader || type.getEnclosingClass().map(ArchitectureRules::isCommand).orElse(false);
    }

    /** Only the {@code aws} package and the repositories and gateways use the AWS SDK. */
    ArchRule sdkOnlyInAwsAndRepositories() {
        return noClasses().that().resideOutsideOfPackage(root + ".aws..")
                .and(DescribedPredicate.not(REPOSITORY))
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
                .because("services compose project-owned aws.Write values; only repositories build SDK requests");
    }

    /** The domain speaks no HTTP: refusals are mapped once, by http.Problems. Commands read bodies with JsonFields. */
    ArchRule noHttpInTheDomain() {
        return noClasses().that().resideInAnyPackage(domain())
                .and(DescribedPredicate.not(COMMAND)).and(DescribedPredicate.not(ENTRY_POINT))
                .should().dependOnClassesThat().resideInAPackage(root + ".http..")
                .because("services return views and throw outcome.Refusal; only the edge knows HTTP");
    }

    /** Services and the domain carry no Jackson: only commands (the parse), repositories (stored documents) and views' annotations. */
    ArchRule noJacksonInServices() {
        return noClasses().that().resideInAnyPackage(domain())
                .and(DescribedPredicate.not(COMMAND)).and(DescribedPredicate.not(REPOSITORY))
                .and(DescribedPredicate.not(ENTRY_POINT))
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
                .because("a service takes a parsed command and returns a value; JSON is the edge's and the store's");
    }

    /** Whoever needs the time is given a Clock (Environment.clock() makes the one real one; Log stamps its lines). */
    ArchRule noClockButAnInjectedOne() {
        return noClasses().that().doNotHaveFullyQualifiedName(root + ".aws.Environment")
                .and().doNotHaveFullyQualifiedName(root + ".log.Log")
                .should().callMethodWhere(DescribedPredicate.describe("a read of the system clock",
                        ArchitectureRules::readsTheClock))
                .orShould().callConstructor(java.util.Date.class)
                .because("a test sets the time through the Clock a service was given");
    }

    static boolean readsTheClock(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getName();
        return (owner.getPackageName().equals("java.time") && name.equals("now"))
                || (owner.isEquivalentTo(java.time.Clock.class) && name.startsWith("system"))
                || (owner.isEquivalentTo(System.class) && name.equals("currentTimeMillis"));
    }

    /** The matching algorithm depends on the JDK and itself only. */
    ArchRule matchEngineIsPure() {
        return classes().that().resideInAPackage(root + ".matchengine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".matchengine..", "java..")
                .because("the engine is a function of its input, benchmarked and proven on its own");
    }

    /** The pure packages use no AWS (SDK, Lambda types, configuration) and read no environment. */
    ArchRule pureCoreTouchesNoAws() {
        return noClasses().that().resideInAnyPackage(packages(PURE))
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..", root + ".aws..")
                .orShould().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "getenv");
    }

    /** Only the HTTP edge makes problem+json. */
    ArchRule onlyTheEdgeMakesProblems() {
        return noClasses().that().resideOutsideOfPackages(root + ".http..", root + ".idempotency..")
                .should().dependOnClassesThat().haveFullyQualifiedName(root + ".http.Problem")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(root + ".http.Problems");
    }

    /** No two packages depend on each other, directly or around a circle. */
    ArchRule noPackageCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                // a handler lives in its feature's package (Lambda names it there) and wires every service it needs
                .ignoreDependency(ENTRY_POINT, DescribedPredicate.alwaysTrue());
    }

    List<ArchRule> all() {
        return List.of(sdkOnlyInAwsAndRepositories(), noHttpInTheDomain(), noJacksonInServices(),
                noClockButAnInjectedOne(), matchEngineIsPure(), pureCoreTouchesNoAws(), onlyTheEdgeMakesProblems(),
                noPackageCycles());
    }
}
