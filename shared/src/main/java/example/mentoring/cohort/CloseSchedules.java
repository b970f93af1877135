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
import software.amazon.awssdk.services.scheduler.model.ActionAfterCompletion;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;
import software.amazon.awssdk.services.scheduler.model.ResourceNotFoundException;

/**
 * One-time EventBridge Scheduler schedules of a cohort: the close-cohort function at its deadline
 * (the periodic sweep closes any cohort whose schedule was lost, so that one is a promptness
 * guarantee, not the only one), and the complete-cohort function at its year's end.
 */
public final class CloseSchedules {

    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    /** The Scheduler client is built on first use: only creating and removing a cohort need it. */
    private final AwsClients aws;
    private final String groupName;
    private final String targetArn;
    private final String completionArn;
    private final String roleArn;

    public CloseSchedules(AwsClients aws) {
        Environment environment = aws.environment();
        this.aws = aws;
        this.groupName = environment.required(Setting.SCHEDULE_GROUP_NAME);
        this.targetArn = environment.required(Setting.CLOSE_COHORT_FUNCTION_ARN);
        this.completionArn = environment.required(Setting.COMPLETE_COHORT_FUNCTION_ARN);
        this.roleArn = environment.required(Setting.SCHEDULER_ROLE_ARN);
    }

    static String nameOf(CohortId id) {
        return "close-" + id.value();
    }

    static String completionNameOf(CohortId id) {
        return "complete-" + id.value();
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
        schedule(nameOf(cohort.id()), "Close applications to cohort " + cohort.id(), cohort.applicationDeadline(),
                targetArn, cohort.id());
    }

    /** The year's end: at {@link Cohort#completesAt()} the complete-cohort function completes the cohort's matches. */
    public void scheduleCompletion(Cohort cohort) {
        schedule(completionNameOf(cohort.id()), "Complete the program year of cohort " + cohort.id(),
                cohort.completesAt(), completionArn, cohort.id());
    }

    private void schedule(String name, String description, Instant at, String target, CohortId id) {
        try {
            aws.scheduler().createSchedule(r -> r
                    .groupName(groupName)
                    .name(name)
                    .description(description)
                    .scheduleExpression(expressionFor(at))
                    .scheduleExpressionTimezone("UTC")
                    .flexibleTimeWindow(w -> w.mode(FlexibleTimeWindowMode.OFF))
                    .actionAfterCompletion(ActionAfterCompletion.DELETE)
                    .target(t -> t.arn(target).roleArn(roleArn)
                            .input(Json.write(Map.of("cohortId", id.value())))
                            .retryPolicy(p -> p.maximumRetryAttempts(10).maximumEventAgeInSeconds(3600))));
        } catch (ConflictException leftOver) {
            // A schedule of this name survives from an earlier creation that was undone: replace it.
            aws.scheduler().deleteSchedule(r -> r.groupName(groupName).name(name));
            schedule(name, description, at, target, id);
        }
    }

    /** Removes the schedule of a cohort closed early; gone already is fine. */
    public void cancel(CohortId id) {
        try {
            aws.scheduler().deleteSchedule(r -> r.groupName(groupName).name(nameOf(id)));
        } catch (ResourceNotFoundException alreadyGone) {
            // fired and deleted itself, or never created
        }
    }
}
