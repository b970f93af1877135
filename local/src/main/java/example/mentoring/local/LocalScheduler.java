package example.mentoring.local;

import example.mentoring.emulator.StackTemplate;
import example.mentoring.log.Log;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ActionAfterCompletion;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.ResourceNotFoundException;

/**
 * Runs what AWS would run without a request, one {@link #tick} at a time: the one-time
 * {@code at(...)} schedules that the code creates in the emulated EventBridge Scheduler (which
 * stores but never runs them) once the host's clock reaches them (deleting those that ask to be
 * deleted after completion), every stream-woken function (streams are not emulated: each tick
 * runs them), and each {@code rate(...)} trigger whose period has passed on the host's clock.
 * {@link #everySecond} ticks on a timer, as {@code bin/run-local} runs; tests call {@link #tick}
 * themselves after moving their clock, so they never wait on wall time.
 */
final class LocalScheduler implements AutoCloseable {

    private static final Pattern AT = Pattern.compile("^at\\((.+)\\)$");
    private static final Pattern RATE = Pattern.compile("^rate\\((\\d+) (minutes?|hours?|days?)\\)$");

    private final SchedulerClient scheduler;
    private final List<String> groups;
    private final LocalFunctions functions;
    private final Clock clock;
    private final List<Periodic> periodic = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "local-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    LocalScheduler(SchedulerClient scheduler, List<String> groups, LocalFunctions functions, Clock clock) {
        this.scheduler = scheduler;
        this.groups = groups;
        this.functions = functions;
        this.clock = clock;
    }

    /** A trigger that is not an at() schedule: run every tick (a stream), or when its rate's period has passed. */
    private static final class Periodic {
        final StackTemplate.Function function;
        final StackTemplate.Trigger trigger;
        final Duration every;
        Instant next;

        Periodic(StackTemplate.Function function, StackTemplate.Trigger trigger, Duration every, Instant next) {
            this.function = function;
            this.trigger = trigger;
            this.every = every;
            this.next = next;
        }
    }

    void register(List<StackTemplate.Function> functions) {
        for (StackTemplate.Function function : functions) {
            for (StackTemplate.Trigger trigger : function.triggers()) {
                if (trigger.isEventRule()) {
                    continue; // events from AWS services (SES feedback) never happen locally
                }
                Duration every = trigger.isStream() ? Duration.ZERO : rate(trigger.expression());
                periodic.add(new Periodic(function, trigger, every, clock.instant().plus(every)));
            }
        }
    }

    /** Ticks every second of wall time from now on. */
    void everySecond() {
        timer.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** Fires the due schedules, then runs the stream-woken functions and the rate triggers that are due. */
    synchronized void tick() {
        fireDue();
        Instant now = clock.instant();
        for (Periodic p : periodic) {
            if (!now.isBefore(p.next)) {
                invoke(p.function, p.trigger);
                while (!now.isBefore(p.next) && !p.every.isZero()) {
                    p.next = p.next.plus(p.every);
                }
            }
        }
    }

    /** {@code rate(15 minutes)} as a duration; anything else (cron) runs hourly here. */
    static Duration rate(String expression) {
        Matcher rate = RATE.matcher(expression);
        if (!rate.matches()) {
            return Duration.ofHours(1);
        }
        long amount = Long.parseLong(rate.group(1));
        return switch (rate.group(2)) {
            case "minute", "minutes" -> Duration.ofMinutes(amount);
            case "hour", "hours" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private void invoke(StackTemplate.Function function, StackTemplate.Trigger trigger) {
        try {
            functions.invokeByArn(function.arn(), trigger.input());
        } catch (RuntimeException e) {
            Log.warn("local.trigger.failed", Map.of("function", function.logicalId(), "trigger", trigger.name(),
                    "exception", e.getClass().getSimpleName()));
        }
    }

    private void fireDue() {
        try {
            for (String group : groups) {
                scheduler.listSchedulesPaginator(r -> r.groupName(group)).schedules().forEach(summary -> {
                    GetScheduleResponse schedule = scheduler.getSchedule(r -> r.groupName(group).name(summary.name()));
                    if (isDue(schedule)) {
                        fire(group, schedule);
                    }
                });
            }
        } catch (RuntimeException e) {
            Log.warn("local.scheduler.failed", Map.of("exception", e.getClass().getSimpleName()));
        }
    }

    private boolean isDue(GetScheduleResponse schedule) {
        Matcher at = AT.matcher(schedule.scheduleExpression());
        if (!at.matches() || "DISABLED".equals(schedule.stateAsString())) {
            return false;
        }
        try {
            ZoneId zone = ZoneId.of(schedule.scheduleExpressionTimezone() == null ? "UTC" : schedule.scheduleExpressionTimezone());
            Instant due = LocalDateTime.parse(at.group(1)).atZone(zone).toInstant();
            return !clock.instant().isBefore(due);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private void fire(String group, GetScheduleResponse schedule) {
        Log.info("local.scheduler.fired", Map.of("schedule", schedule.name()));
        functions.invokeByArn(schedule.target().arn(), schedule.target().input() == null ? "{}" : schedule.target().input());
        try {
            if (schedule.actionAfterCompletion() == ActionAfterCompletion.DELETE) {
                scheduler.deleteSchedule(r -> r.groupName(group).name(schedule.name()));
            } else {
                scheduler.updateSchedule(r -> r.groupName(group).name(schedule.name())
                        .scheduleExpression(schedule.scheduleExpression())
                        .flexibleTimeWindow(schedule.flexibleTimeWindow())
                        .target(schedule.target())
                        .state("DISABLED"));
            }
        } catch (ResourceNotFoundException gone) {
            // removed meanwhile
        }
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
