package example.mentoring.coldstart;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Table;
import example.mentoring.aws.Transactions;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.MotoServer;
import example.mentoring.emulator.ProjectRoot;
import example.mentoring.emulator.StackTemplate;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import example.mentoring.match.Match;
import example.mentoring.match.Matches;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Times each function's cold start, interleaved over rounds so that noise hits all alike, beside
 * the floor of a bare-GetItem JVM run right before each function's cold run ("x floor" is the median
 * of those pairs' ratios). Every request is a new one (its own idempotency key and addresses), the
 * sample cohort takes applications now, and the outbox is emptied between functions. Per function
 * and round, three new
 * JVMs with only the function's jar (and the template's JAVA_TOOL_OPTIONS), each serving one sample
 * event from events/ against Moto:
 * <ul>
 *   <li>cold: the whole process (JVM start, init, one request), timed from outside, and inside it
 *       init (building the handler) and the first request;</li>
 *   <li>primed: init, then the function's SnapStart priming (as the checkpoint would run it), then
 *       the first request, then the median of warm requests;</li>
 *   <li>with {@code --baseline <checkout>}: the cold run of the same function's jar built in another
 *       checkout (e.g. main), for before-and-after in one run.</li>
 * </ul>
 * Prints medians and ratios. Arguments: {@code --runs N} (default 5), {@code --baseline DIR},
 * {@code --only LogicalId,…} (some functions only), {@code --trace-classes DIR} (each JVM logs the
 * classes it loads to DIR/&lt;jar&gt;-&lt;mode&gt;.log; {@code InvokeOnce.Marks} mark the phases).
 */
public final class ColdStartBenchmark {

    /** The sample event each function serves: a typical read or trigger. */
    static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("CohortAdminFunction", "cohort-admin/get-cohort.json"),
            // the sweep (every 15 minutes); a deadline schedule fires once per cohort and would close the
            // cohort the other functions read and apply to
            Map.entry("CloseCohortFunction", "close-cohort/overdue-sweep.json"),
            Map.entry("CompleteCohortFunction", "complete-cohort/program-end-schedule.json"),
            Map.entry("SubmitApplicationFunction", "submit-application/submit-mentee.json"),
            Map.entry("RunMatchingFunction", "run-matching/my-matches.json"),
            Map.entry("LogMeetingFunction", "log-meeting/list-meetings.json"),
            Map.entry("NudgeQuietPairsFunction", "nudge-quiet-pairs/weekly-schedule.json"),
            Map.entry("PublishPostFunction", "publish-post/list-posts.json"),
            Map.entry("NotificationAdminFunction", "notification-admin/list-failed.json"),
            Map.entry("PeopleFunction", "people/person-data.json"),
            Map.entry("NotificationSenderFunction", "notification-sender/retry-schedule.json"),
            Map.entry("RecordEmailEventsFunction", "record-email-events/bounce-permanent.json"),
            Map.entry("ConfirmMatchesFunction", "confirm-matches/lease-sweep.json"),
            Map.entry("CheckInsFunction", "check-ins/list-check-ins.json"),
            Map.entry("SendCheckInFunction", "send-check-in/check-in-schedule.json"));
    static final String FLOOR = "bare GetItem (floor)";
    /** The match that the sample events name (log-meeting's list-meetings.json). */
    static final String SAMPLE_MATCH = "m3f1c2d4e5a6b7c8d9e0f1a2b";
    /** With {@code --trace-classes DIR}: each child JVM logs the classes it loads to a file there. */
    private static Optional<Path> traceClasses = Optional.empty();
    private static final Pattern FIGURES = Pattern.compile(
            "cold-start init=([\\d.]+) prime=([\\d.]+) first=([\\d.]+) warm=([\\d.]+) status=(\\d+)");

    /** One child JVM's figures (ms): whole process from outside, the rest from inside. */
    record Run(double whole, double init, double prime, double first, double warm, int status) {
    }

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 5;
        Optional<Path> baseline = Optional.empty();
        List<String> only = List.copyOf(EVENTS.keySet());
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--runs" -> rounds = Integer.parseInt(args[i + 1]);
                case "--baseline" -> baseline = Optional.of(Path.of(args[i + 1]).toAbsolutePath());
                case "--only" -> only = List.of(args[i + 1].split(","));
                case "--trace-classes" -> traceClasses = Optional.of(Path.of(args[i + 1]).toAbsolutePath());
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path root = ProjectRoot.find();
        Path harness = Path.of(ColdStartBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StackTemplate template = StackTemplate.load();
        try (MotoServer moto = MotoServer.start(MotoServer.freePort())) {
            EmulatedStack stack = new EmulatedStack(template, moto.endpoint()).provision();
            Map<String, StackTemplate.Function> functions = new LinkedHashMap<>();
            List<String> chosen = only;
            template.functions().stream().filter(f -> EVENTS.containsKey(f.logicalId()) && chosen.contains(f.logicalId()))
                    .forEach(f -> functions.put(f.logicalId(), f));
            // a cohort for the reads to find, open for applications now (the sample's dates are in 2027)
            StackTemplate.Function cohortAdmin = template.functions().stream()
                    .filter(f -> f.logicalId().equals("CohortAdminFunction")).findFirst().orElseThrow();
            run(root, root, harness, stack, cohortAdmin, openCohort(root).toString(), "cold");
            // the benchmark's own reads and writes, as the functions make them
            AwsClients aws = new AwsClients(Environment.of(stack.environmentOf(cohortAdmin)));
            seedMatch(aws);

            Map<String, List<Double>> floor = new LinkedHashMap<>();
            Map<String, List<Run>> cold = new LinkedHashMap<>();
            Map<String, List<Run>> primed = new LinkedHashMap<>();
            Map<String, List<Run>> before = new LinkedHashMap<>();
            java.util.Set<String> failedBefore = new java.util.TreeSet<>();
            for (int round = 0; round < rounds; round++) {
                for (StackTemplate.Function function : functions.values()) {
                    String event = EVENTS.get(function.logicalId());
                    // the floor beside each function's cold run: the machine's pace drifts within a round
                    floor.computeIfAbsent(function.logicalId(), k -> new ArrayList<>())
                            .add(runFloor(root, harness, stack, cohortAdmin).whole());
                    cold.computeIfAbsent(function.logicalId(), k -> new ArrayList<>())
                            .add(run(root, root, harness, stack, function, event, "cold"));
                    if (baseline.isPresent() && Files.exists(jar(baseline.get(), root, function))) {
                        try {
                            before.computeIfAbsent(function.logicalId(), k -> new ArrayList<>())
                                    .add(run(baseline.get(), root, harness, stack, function, event, "cold"));
                        } catch (IllegalStateException failed) {
                            // the baseline's jar cannot serve the event (e.g. a class missing from it): no figure
                            before.remove(function.logicalId());
                            failedBefore.add(function.logicalId());
                        }
                    }
                    primed.computeIfAbsent(function.logicalId(), k -> new ArrayList<>())
                            .add(run(root, root, harness, stack, function, event, "primed"));
                    emptyOutbox(aws);
                }
            }
            failedBefore.forEach(before::remove);
            print(root, baseline, functions, rounds, floor, cold, primed, before);
            failedBefore.forEach(name -> System.out.println(name + ": the baseline's jar failed to serve the event"));
        }
    }

    static void print(Path root, Optional<Path> baseline, Map<String, StackTemplate.Function> functions, int rounds,
                      Map<String, List<Double>> floor, Map<String, List<Run>> cold, Map<String, List<Run>> primed,
                      Map<String, List<Run>> before) {
        System.out.printf("JVM %s, %d cores, %d rounds, medians in ms; floor (%s) %.0f ms, run beside each function's"
                        + " cold run; x floor: the median of those pairs' ratios%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), rounds, FLOOR,
                median(floor.values().stream().flatMap(List::stream).toList()));
        System.out.println("init: building the handler; 1st: the first request after init, without and with priming;"
                + " warm: a later request; whole: JVM start + init + 1st, unprimed; answer: the first requests' status;"
                + " every request is a new one (its own idempotency key and addresses)");
        String header = "%-27s | %6s | %7s | %7s | %9s | %7s | %10s | %8s | %7s | %7s | %6s";
        String row = "%-27s | %6.1f | %7.0f | %7.0f | %9.0f | %7.1f | %10.1f | %8.0f | %7.0f | %7.2f | %6s";
        System.out.printf(header, "function", "jar MB", "init", "1st", "1st primed", "warm", "primed/warm",
                "priming", "whole", "x floor", "answer");
        if (!before.isEmpty()) {
            System.out.printf(" | %11s | %7s | %10s | %12s", "before: jar", "1st", "whole", "x floor");
        }
        System.out.println();
        for (StackTemplate.Function function : functions.values()) {
            String name = function.logicalId();
            List<Run> c = cold.get(name);
            List<Run> p = primed.get(name);
            double warm = median(p.stream().map(Run::warm).toList());
            double primedFirst = median(p.stream().map(Run::first).toList());
            System.out.printf(row, name, megabytes(jar(root, root, function)), median(c.stream().map(Run::init).toList()),
                    median(c.stream().map(Run::first).toList()), primedFirst, warm, primedFirst / warm,
                    median(p.stream().map(Run::prime).toList()), median(c.stream().map(Run::whole).toList()),
                    pairedRatio(c, floor.get(name)), answers(c, p));
            if (before.containsKey(name)) {
                List<Run> b = before.get(name);
                System.out.printf(" | %11.1f | %7.0f | %10.0f | %12.2f", megabytes(jar(baseline.orElseThrow(), root, function)),
                        median(b.stream().map(Run::first).toList()), median(b.stream().map(Run::whole).toList()),
                        pairedRatio(b, floor.get(name)));
            }
            System.out.println();
        }
    }

    /**
     * Deletes every outbox entry, so that each function meets the same state: the emails that one
     * function's requests queued (21 confirmations a round from submissions) are not the next
     * function's work (the sender's schedule would send them all in its first request).
     */
    static void emptyOutbox(AwsClients aws) {
        String table = aws.environment().tableName(Table.NOTIFICATIONS);
        for (Map<String, AttributeValue> item : aws.dynamoDb().scanPaginator(r -> r.tableName(table)
                .projectionExpression("notificationId")).items()) {
            aws.dynamoDb().deleteItem(r -> r.tableName(table).key(item));
        }
    }

    /** The median over rounds of each cold run's whole time over the floor's run beside it. */
    static double pairedRatio(List<Run> runs, List<Double> floors) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            ratios.add(runs.get(i).whole() / floors.get(i));
        }
        return median(ratios);
    }

    /** The first requests' HTTP statuses, as measured ("-" for events that are not HTTP requests). */
    static String answers(List<Run> cold, List<Run> primed) {
        return java.util.stream.Stream.concat(cold.stream(), primed.stream()).map(Run::status).distinct().sorted()
                .map(status -> status == 0 ? "-" : status.toString()).collect(java.util.stream.Collectors.joining(","));
    }

    /**
     * The sample cohort (fall-2027), moved so that it takes applications now: submissions measure a
     * whole submission, not a 409 for a cohort that has not opened yet.
     */
    static Path openCohort(Path root) throws IOException {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneId.of("America/Chicago"));
        String event = Files.readString(root.resolve("events/cohort-admin/create-cohort.json"))
                .replace("2027-01-15T00:00:00-06:00", now.minusDays(1).toOffsetDateTime().toString())
                .replace("2027-02-24T23:59:59-06:00", now.plusDays(30).toOffsetDateTime().toString())
                .replace("2027-03-15", now.plusDays(40).toLocalDate().toString())
                .replace("2028-03-14", now.plusDays(400).toLocalDate().toString());
        if (event.contains("2027-01-15T00:00:00-06:00")) {
            throw new IllegalStateException("create-cohort.json's dates changed: move them here too");
        }
        Path file = Files.createTempFile("open-cohort", ".json");
        file.toFile().deleteOnExit();
        return Files.writeString(file, event);
    }

    /**
     * The sample events' match (log-meeting's list of meetings), in the sample cohort, with the
     * events' caller as its mentor: the list is a real answer, not a 404.
     */
    static void seedMatch(AwsClients aws) {
        Match match = new Match(SAMPLE_MATCH, "fall-2027", "benchmark", "a-mentor", "a-mentee", "Marlowe",
                "marlowe@example.org", "Robin", "robin@example.org", 5, List.of("storytime"), java.time.LocalDate.now(),
                java.time.Instant.now());
        new Transactions(aws).write(List.of(new Matches(aws).add(match)));
    }

    static double megabytes(Path jar) {
        return jar.toFile().length() / 1e6;
    }

    /** The function's jar in {@code checkout} (its module found in {@code root}). */
    static Path jar(Path checkout, Path root, StackTemplate.Function function) {
        String module = moduleOf(root, function);
        return checkout.resolve("functions").resolve(module).resolve("target").resolve(module + "-lambda.jar");
    }

    static String moduleOf(Path root, StackTemplate.Function function) {
        try (var modules = Files.list(root.resolve("functions"))) {
            return modules.filter(m -> Files.exists(m.resolve("src/main/java/" + function.handlerClass().replace('.', '/') + ".java")))
                    .findFirst().orElseThrow().getFileName().toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Run run(Path checkout, Path root, Path harness, EmulatedStack stack, StackTemplate.Function function,
                   String event, String mode) throws IOException, InterruptedException {
        return time(stack.environmentOf(function), jar(checkout, root, function) + File.pathSeparator + harness,
                InvokeOnce.class.getName(), mode, function.handlerClass(), root.resolve("events").resolve(event).toString());
    }

    static Run runFloor(Path root, Path harness, EmulatedStack stack, StackTemplate.Function anyDynamoFunction)
            throws IOException, InterruptedException {
        Map<String, String> environment = new LinkedHashMap<>(stack.environmentOf(anyDynamoFunction));
        environment.remove("JAVA_TOOL_OPTIONS");
        return time(environment, jar(root, root, anyDynamoFunction) + File.pathSeparator + harness, BareGetItem.class.getName());
    }

    static Run time(Map<String, String> environment, String classpath, String... mainAndArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath));
        if (traceClasses.isPresent()) {
            Files.createDirectories(traceClasses.get());
            String name = Path.of(classpath.split(File.pathSeparator)[0]).getFileName() + "-"
                    + (mainAndArgs.length > 1 ? mainAndArgs[1] : "floor") + ".log";
            command.add("-Xlog:class+load=info:file=" + traceClasses.get().resolve(name) + "::");
        }
        command.addAll(List.of(mainAndArgs));
        Path errors = Files.createTempFile("cold-start", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile());
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            Process process = builder.start();
            int exit = process.waitFor();
            double whole = (System.nanoTime() - started) / 1e6;
            String stderr = Files.readString(errors);
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", mainAndArgs) + " exited " + exit + ":\n" + stderr);
            }
            Matcher figures = FIGURES.matcher(stderr);
            if (!figures.find()) {
                return new Run(whole, 0, 0, 0, 0, 0);
            }
            return new Run(whole, Double.parseDouble(figures.group(1)), Double.parseDouble(figures.group(2)),
                    Double.parseDouble(figures.group(3)), Double.parseDouble(figures.group(4)),
                    Integer.parseInt(figures.group(5)));
        } finally {
            Files.delete(errors);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
