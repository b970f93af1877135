package example.mentoring.cohort;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.json.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ActionAfterCompletion;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;
import software.amazon.awssdk.services.scheduler.model.ResourceNotFoundException;

/**
 * One-time EventBridge Scheduler schedules that invoke the close-cohort function at a cohort's
 * deadline. The periodic sweep closes any cohort whose schedule was lost, so these are a
 * promptness guarantee, not the only one.
 */
public final class CloseSchedules {

    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final SchedulerClient scheduler;
    private final String groupName;
    private final String targetArn;
    private final String roleArn;

    public CloseSchedules(AwsClients aws) {
        Environment environment = aws.environment();
        this.scheduler = aws.scheduler();
        this.groupName = environment.required(Setting.SCHEDULE_GROUP_NAME);
        this.targetArn = environment.required(Setting.CLOSE_COHORT_FUNCTION_ARN);
        this.roleArn = environment.required(Setting.SCHEDULER_ROLE_ARN);
    }

    static String nameOf(CohortId id) {
        return "close-" + id.value();
    }

    /** {@code at(...)} has whole seconds; rounding up never fires before the deadline. */
    static String expressionFor(Instant deadline) {
        Instant fireAt = deadline.truncatedTo(ChronoUnit.SECONDS);
        if (fireAt.isBefore(deadline)) {
            fireAt = fireAt.plusSeconds(1);
        }
        return "at(" + AT.format(fireAt) + ")";
    }

    public void scheduleClose(Cohort cohort) {
        try {
            scheduler.createSchedule(r -> r
                    .groupName(groupName)
                    .name(nameOf(cohort.id()))
                    .description("Close applications to cohort " + cohort.id())
                    .scheduleExpression(expressionFor(cohort.applicationDeadline()))
                    .scheduleExpressionTimezone("UTC")
                    .flexibleTimeWindow(w -> w.mode(FlexibleTimeWindowMode.OFF))
                    .actionAfterCompletion(ActionAfterCompletion.DELETE)
                    .target(t -> t.arn(targetArn).roleArn(roleArn)
                            .input(Json.write(Map.of("cohortId", cohort.id().value())))
                            .retryPolicy(p -> p.maximumRetryAttempts(10).maximumEventAgeInSeconds(3600))));
        } catch (ConflictException leftOver) {
            // A schedule of this name survives from an earlier creation that was undone: replace it.
            scheduler.deleteSchedule(r -> r.groupName(groupName).name(nameOf(cohort.id())));
            scheduleClose(cohort);
        }
    }

    /** Removes the schedule of a cohort closed early; gone already is fine. */
    public void cancel(CohortId id) {
        try {
            scheduler.deleteSchedule(r -> r.groupName(groupName).name(nameOf(id)));
        } catch (ResourceNotFoundException alreadyGone) {
            // fired and deleted itself, or never created
        }
    }
}
