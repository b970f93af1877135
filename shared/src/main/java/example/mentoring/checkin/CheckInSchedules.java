package example.mentoring.checkin;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import software.amazon.awssdk.services.scheduler.model.ActionAfterCompletion;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;

/**
 * One-time EventBridge Scheduler schedules that invoke the send-check-in function with
 * {@code {"checkInId": "..."}} at 9:00 on a check-in's day in the cohort's time zone, or a second
 * from now when that moment has passed. Made like the cohort's close schedule ({@code CloseSchedules}),
 * in the same group; sending is idempotent, so a schedule that fires twice sends nothing twice.
 */
public final class CheckInSchedules {

    static final LocalTime SEND_TIME = LocalTime.of(9, 0);
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final AwsClients aws;
    private final String groupName;
    private final String targetArn;
    private final String roleArn;

    public CheckInSchedules(AwsClients aws) {
        Environment environment = aws.environment();
        this.aws = aws;
        this.groupName = environment.required(Setting.SCHEDULE_GROUP_NAME);
        this.targetArn = environment.required(Setting.SEND_CHECK_IN_FUNCTION_ARN);
        this.roleArn = environment.required(Setting.SCHEDULER_ROLE_ARN);
    }

    static String nameOf(String checkInId) {
        return "check-in-" + checkInId;
    }

    /** The moment a check-in sent on {@code sendOn} goes out, for a cohort in {@code zone}. */
    static Instant sendAt(LocalDate sendOn, ZoneId zone) {
        return sendOn.atTime(SEND_TIME).atZone(zone).toInstant();
    }

    /** The schedule's expression and its time zone: the zone's 9:00 when still ahead, else the next whole second (UTC). */
    static Map.Entry<String, String> when(LocalDate sendOn, ZoneId zone, Instant now) {
        if (sendAt(sendOn, zone).isAfter(now)) {
            return Map.entry("at(" + AT.format(sendOn.atTime(SEND_TIME)) + ")", zone.getId());
        }
        Instant soon = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return Map.entry("at(" + AT.format(soon.atOffset(ZoneOffset.UTC)) + ")", "UTC");
    }

    public void schedule(CheckIn checkIn, ZoneId zone, Instant now) {
        Map.Entry<String, String> when = when(checkIn.sendOn(), zone, now);
        try {
            aws.scheduler().createSchedule(r -> r
                    .groupName(groupName)
                    .name(nameOf(checkIn.checkInId()))
                    .description("Send check-in " + checkIn.checkInId() + " of cohort " + checkIn.cohortId())
                    .scheduleExpression(when.getKey())
                    .scheduleExpressionTimezone(when.getValue())
                    .flexibleTimeWindow(w -> w.mode(FlexibleTimeWindowMode.OFF))
                    .actionAfterCompletion(ActionAfterCompletion.DELETE)
                    .target(t -> t.arn(targetArn).roleArn(roleArn)
                            .input(Json.write(Map.of("checkInId", checkIn.checkInId())))
                            .retryPolicy(p -> p.maximumRetryAttempts(10).maximumEventAgeInSeconds(3600))));
        } catch (ConflictException leftOver) {
            // A schedule of this name survives from an earlier creation that was undone: replace it.
            aws.scheduler().deleteSchedule(r -> r.groupName(groupName).name(nameOf(checkIn.checkInId())));
            schedule(checkIn, zone, now);
        }
    }
}
