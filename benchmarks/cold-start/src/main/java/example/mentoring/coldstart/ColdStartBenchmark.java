package example.mentoring.coldstart;

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

/**
 * Times each function's cold start as a whole process: a new JVM with only the function's jar
 * (and the template's JAVA_TOOL_OPTIONS), building its handler and serving one sample event from
 * events/ against Moto; beside it, in the same rounds, the bare-GetItem floor. Prints medians and
 * each function's ratio to the floor. Rounds interleave the programs so that noise hits all alike.
 */
public final class ColdStartBenchmark {

    /** The sample event each function serves: a typical read or trigger. */
    static final Map<String, String> EVENTS = Map.of(
            "CohortAdminFunction", "cohort-admin/get-cohort.json",
            "CloseCohortFunction", "close-cohort/deadline-schedule.json",
            "SubmitApplicationFunction", "submit-application/submit-mentee.json",
            "RunMatchingFunction", "run-matching/my-matches.json",
            "LogMeetingFunction", "log-meeting/list-meetings.json",
            "NudgeQuietPairsFunction", "nudge-quiet-pairs/weekly-schedule.json",
            "PublishPostFunction", "publish-post/list-posts.json",
            "NotificationAdminFunction", "notification-admin/list-failed.json",
            "NotificationSenderFunction", "notification-sender/retry-schedule.json");

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 5;
        Path root = ProjectRoot.find();
        Path harness = Path.of(ColdStartBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StackTemplate template = StackTemplate.load();
        try (MotoServer moto = MotoServer.start(MotoServer.freePort())) {
            EmulatedStack stack = new EmulatedStack(template, moto.endpoint()).provision();
            Map<String, StackTemplate.Function> functions = new LinkedHashMap<>();
            template.functions().forEach(f -> functions.put(f.logicalId(), f));
            // a cohort for the reads to find
            run(root, harness, stack, functions.get("CohortAdminFunction"), "cohort-admin/create-cohort.json");

            Map<String, List<Long>> millis = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                millis.computeIfAbsent("bare GetItem (floor)", k -> new ArrayList<>())
                        .add(runFloor(root, harness, stack, functions.get("CloseCohortFunction")));
                for (StackTemplate.Function function : functions.values()) {
                    millis.computeIfAbsent(function.logicalId(), k -> new ArrayList<>())
                            .add(run(root, harness, stack, function, EVENTS.get(function.logicalId())));
                }
            }
            long floor = median(millis.get("bare GetItem (floor)"));
            System.out.printf("JVM %s, %d cores, %d rounds; whole-process time: JVM start, init, one request%n",
                    Runtime.version(), Runtime.getRuntime().availableProcessors(), rounds);
            System.out.printf("%-28s | %8s | %10s | %8s | %s%n", "program", "jar MB", "median ms", "min ms", "x floor");
            millis.forEach((name, times) -> {
                StackTemplate.Function function = functions.get(name);
                double jarMb = function == null ? 0 : jar(root, function).toFile().length() / 1e6;
                System.out.printf("%-28s | %8s | %10d | %8d | %.2f%n", name, function == null ? "-" : "%.1f".formatted(jarMb),
                        median(times), times.stream().mapToLong(Long::longValue).min().orElse(0),
                        median(times) / (double) floor);
            });
        }
    }

    static Path jar(Path root, StackTemplate.Function function) {
        String module = moduleOf(root, function);
        return root.resolve("functions").resolve(module).resolve("target").resolve(module + "-lambda.jar");
    }

    static String moduleOf(Path root, StackTemplate.Function function) {
        try (var modules = Files.list(root.resolve("functions"))) {
            return modules.filter(m -> Files.exists(m.resolve("src/main/java/" + function.handlerClass().replace('.', '/') + ".java")))
                    .findFirst().orElseThrow().getFileName().toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static long run(Path root, Path harness, EmulatedStack stack, StackTemplate.Function function, String event)
            throws IOException, InterruptedException {
        return time(stack.environmentOf(function), jar(root, function) + File.pathSeparator + harness,
                InvokeOnce.class.getName(), function.handlerClass(), root.resolve("events").resolve(event).toString());
    }

    static long runFloor(Path root, Path harness, EmulatedStack stack, StackTemplate.Function anyDynamoFunction)
            throws IOException, InterruptedException {
        Map<String, String> environment = new LinkedHashMap<>(stack.environmentOf(anyDynamoFunction));
        environment.remove("JAVA_TOOL_OPTIONS");
        return time(environment, jar(root, anyDynamoFunction) + File.pathSeparator + harness, BareGetItem.class.getName());
    }

    static long time(Map<String, String> environment, String classpath, String... mainAndArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath));
        command.addAll(List.of(mainAndArgs));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", mainAndArgs) + " exited " + exit);
        }
        return elapsed;
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
