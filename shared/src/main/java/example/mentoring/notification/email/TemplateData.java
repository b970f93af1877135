package example.mentoring.notification.email;

import example.mentoring.text.ReadableTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a message into the values its templates use: dates formatted for people
 * ({@link ReadableTime}, in the cohort's zone), roles as words, optional
 * values as flags. Only fields of the message records can end up here, which is what keeps
 * anything beyond them (such as demographic data) out of every email.
 */
final class TemplateData {

    private TemplateData() {
    }

    static Map<String, Object> of(EmailMessage message) {
        Map<String, Object> data = new HashMap<>();
        data.put("programName", message.programName());
        data.put("recipientName", message.recipientName());
        switch (message) {
            case ApplicationAcknowledged m -> {
                data.put("cohortName", m.cohortName());
                data.put("roleNoun", m.role().noun());
                data.put("applicationDeadline", ReadableTime.in(m.timeZone()).dateTime(m.applicationDeadline()));
                data.put("applicationId", m.applicationId());
                data.put("confirmUrl", m.confirmUrl());
            }
            case MatchIntroduction m -> {
                data.put("cohortName", m.cohortName());
                data.put("recipientEmail", m.recipientEmail());
                data.put("recipientRoleNoun", m.recipientRole().noun());
                data.put("partnerName", m.partnerName());
                data.put("partnerEmail", m.partnerEmail());
                data.put("partnerRoleNoun", m.recipientRole().partner().noun());
                data.put("sharedInterests", m.sharedInterests());
                data.put("hasSharedInterests", !m.sharedInterests().isEmpty());
                data.put("programStart", ReadableTime.date(m.programStart()));
                data.put("meetingsUrl", m.meetingsUrl());
            }
            case WaitListNotice m -> data.put("cohortName", m.cohortName());
            case AlumniInvitation m -> {
                data.put("cohortName", m.cohortName());
                data.put("applicationDeadline", ReadableTime.in(m.timeZone()).dateTime(m.applicationDeadline()));
                data.put("applyUrl", m.applyUrl());
                data.put("unsubscribeUrl", m.unsubscribeUrl());
            }
            case ReapplyInvitation m -> {
                data.put("earlierCohortName", m.earlierCohortName());
                data.put("cohortName", m.cohortName());
                data.put("applicationDeadline", ReadableTime.in(m.timeZone()).dateTime(m.applicationDeadline()));
                data.put("reapplyUrl", m.reapplyUrl());
            }
            case MentorShortfall m -> {
                data.put("cohortName", m.cohortName());
                data.put("mentees", m.mentees());
                data.put("mentorSlots", m.mentorSlots());
                data.put("shortfall", m.shortfall());
                data.put("applicationDeadline", ReadableTime.in(m.timeZone()).dateTime(m.applicationDeadline()));
                data.put("draftUrl", m.draftUrl());
            }
            case InactivityNudge m -> {
                data.put("cohortName", m.cohortName());
                data.put("partnerName", m.partnerName());
                data.put("hasMet", m.daysSinceLastMeeting() != null);
                if (m.daysSinceLastMeeting() != null) {
                    data.put("sinceLastMeeting", days(m.daysSinceLastMeeting()));
                }
                data.put("logMeetingUrl", m.logMeetingUrl());
            }
            case Newsletter m -> {
                data.put("postTitle", m.postTitle());
                data.put("postHtml", m.postHtml());
                data.put("postText", m.postText());
                data.put("hasPostText", !m.postText().isBlank());
                data.put("postUrl", m.postUrl());
                data.put("unsubscribeUrl", m.unsubscribeUrl());
            }
            case CheckInInvitation m -> {
                data.put("cohortName", m.cohortName());
                data.put("checkInTitle", m.checkInTitle());
                data.put("questionCount", m.questionCount() == 1 ? "1 question" : m.questionCount() + " questions");
                data.put("checkInUrl", m.checkInUrl());
            }
            case PostSubmitted m -> {
                data.put("postTitle", m.postTitle());
                data.put("authorName", m.authorName());
                data.put("revision", m.revision());
                data.put("reviewUrl", m.reviewUrl());
            }
            case PostReturned m -> {
                data.put("postTitle", m.postTitle());
                data.put("comment", m.comment());
                data.put("editUrl", m.editUrl());
            }
            case MatchEnded m -> {
                data.put("cohortName", m.cohortName());
                data.put("partnerName", m.partnerName());
                data.put("byCoordinator", m.byCoordinator());
            }
            case MatchEndedReport m -> {
                data.put("cohortName", m.cohortName());
                data.put("mentorName", m.mentorName());
                data.put("menteeName", m.menteeName());
                data.put("endedBy", m.endedBy().toLowerCase(Locale.ROOT));
                data.put("endReason", m.reason()); // "reason" is the footer's line
                data.put("matchUrl", m.matchUrl());
            }
            case YearClosing m -> {
                data.put("cohortName", m.cohortName());
                data.put("partnerName", m.partnerName());
                data.put("meetings", m.meetings() == 1 ? "1 meeting" : m.meetings() + " meetings");
                data.put("hours", hours(m.minutes()));
                data.put("goals", m.goalsDone() + " of " + m.goalsSet() + (m.goalsSet() == 1 ? " goal" : " goals"));
                data.put("hasGoals", m.goalsSet() > 0);
                data.put("activities", m.activities().stream().map(a -> Map.of("activity", a.activity(),
                        "times", a.meetings() == 1 ? "1 meeting" : a.meetings() + " meetings")).toList());
                data.put("hasActivities", !m.activities().isEmpty());
            }
            case NewsletterEntry m -> throw new IllegalArgumentException(
                    "A newsletter entry names its post; render the Newsletter made from the post");
        }
        return data;
    }

    /** 90 minutes read "1 h 30 min"; under an hour, minutes only. */
    private static String hours(int minutes) {
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
