package example.mentoring.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.json.Json;
import example.mentoring.notification.email.ApplicationAcknowledged;
import example.mentoring.notification.email.CheckInInvitation;
import example.mentoring.notification.email.EmailKind;
import example.mentoring.notification.email.EmailMessage;
import example.mentoring.notification.email.InactivityNudge;
import example.mentoring.notification.email.MatchEnded;
import example.mentoring.notification.email.MatchEndedReport;
import example.mentoring.notification.email.MatchIntroduction;
import example.mentoring.notification.email.MentorShortfall;
import example.mentoring.notification.email.YearClosing;
import example.mentoring.notification.email.Newsletter;
import example.mentoring.notification.email.NewsletterEntry;
import example.mentoring.notification.email.PostReturned;
import example.mentoring.notification.email.PostSubmitted;
import example.mentoring.notification.email.AlumniInvitation;
import example.mentoring.notification.email.ReapplyInvitation;
import example.mentoring.notification.email.WaitListNotice;

/** Stores an email's data as JSON in the outbox and reads it back by its kind. */
final class EmailMessages {

    private EmailMessages() {
    }

    static String toJson(EmailMessage message) {
        return Json.write(message);
    }

    static EmailMessage fromJson(EmailKind kind, String json) {
        Class<? extends EmailMessage> type = switch (kind) {
            case APPLICATION_ACKNOWLEDGED -> ApplicationAcknowledged.class;
            case MATCH_INTRODUCTION -> MatchIntroduction.class;
            case WAIT_LIST_NOTICE -> WaitListNotice.class;
            case INACTIVITY_NUDGE -> InactivityNudge.class;
            case NEWSLETTER -> NewsletterEntry.class;
            case CHECK_IN_INVITATION -> CheckInInvitation.class;
            case POST_SUBMITTED -> PostSubmitted.class;
            case POST_RETURNED -> PostReturned.class;
            case MATCH_ENDED -> MatchEnded.class;
            case MATCH_ENDED_REPORT -> MatchEndedReport.class;
            case YEAR_CLOSING -> YearClosing.class;
            case REAPPLY_INVITATION -> ReapplyInvitation.class;
            case ALUMNI_INVITATION -> AlumniInvitation.class;
            case MENTOR_SHORTFALL -> MentorShortfall.class;
        };
        try {
            JsonNode tree = Json.parse(json);
            if (kind == EmailKind.NEWSLETTER && !tree.has("postId")) {
                type = Newsletter.class; // queued before entries named their post: it carries the text
            }
            return Json.mapper().treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox entry of kind " + kind + " is unreadable", e);
        }
    }
}
