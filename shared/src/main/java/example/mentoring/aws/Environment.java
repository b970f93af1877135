package example.mentoring.aws;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The one place configuration is read from. Deployed, it is the process environment that the SAM
 * template sets; the local host and the tests hand each function its own map, built from the same
 * template, because one JVM there serves every function.
 */
public final class Environment {

    private final Map<String, String> variables;
    private final boolean processEnvironment;

    private Environment(Map<String, String> variables, boolean processEnvironment) {
        this.variables = Map.copyOf(variables);
        this.processEnvironment = processEnvironment;
    }

    public static Environment fromProcess() {
        return new Environment(System.getenv(), true);
    }

    public static Environment of(Map<String, String> variables) {
        return new Environment(variables, false);
    }

    /** True when this is the real process environment (credentials then come from it on each call). */
    public boolean isProcessEnvironment() {
        return processEnvironment;
    }

    public String required(Setting setting) {
        return required(setting.variable());
    }

    public Optional<String> optional(Setting setting) {
        return optional(setting.variable());
    }

    private String required(String name) {
        String value = variables.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing configuration: environment variable " + name);
        }
        return value;
    }

    private Optional<String> optional(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
    }

    /**
     * The clock services run on: UTC, in whole milliseconds, the precision instants are stored
     * with, so that what a request answers equals what a later read returns.
     */
    public Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    public String tableName(Table table) {
        return required(table.variable());
    }
}
