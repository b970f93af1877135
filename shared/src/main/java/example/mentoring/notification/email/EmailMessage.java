package example.mentoring.notification.email;

/**
 * An email to one person. The permitted records are the complete list of what the program sends,
 * so the renderer's {@code switch} is checked for completeness by the compiler.
 */
public sealed interface EmailMessage
        permits ApplicationAcknowledged, MatchIntroduction, WaitListNotice, InactivityNudge, Newsletter,
                NewsletterEntry, CheckInInvitation, PostSubmitted, PostReturned, MatchEnded, MatchEndedReport, YearClosing,
                ReapplyInvitation, AlumniInvitation, MentorShortfall {

    EmailKind kind();

    /** Signs the email off; also what the sender display name shows, set by the sender. */
    String programName();

    String recipientName();
}
