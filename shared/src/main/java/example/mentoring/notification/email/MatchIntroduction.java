package example.mentoring.notification.email;

import java.time.LocalDate;
import java.util.List;

/**
 * Introduces a matched pair; each person gets their own copy with the other as partner.
 * Carries both addresses so the email can show how to reach each other.
 */
public record MatchIntroduction(
        String programName,
        String cohortName,
        String recipientName,
        String recipientEmail,
        String partnerName,
        String partnerEmail,
        ProgramRole recipientRole,
        List<String> sharedInterests,
        LocalDate programStart,
        String meetingsUrl) implements EmailMessage {

    public MatchIntroduction {
        Checks.text(programName, "programName");
        Checks.text(cohortName, "cohortName");
        Checks.text(recipientName, "recipientName");
        Checks.email(recipientEmail, "recipientEmail");
        Checks.text(partnerName, "partnerName");
        Checks.email(partnerEmail, "partnerEmail");
        Checks.present(recipientRole, "recipientRole");
        sharedInterests = sharedInterests == null
                ? List.of()
                : sharedInterests.stream().filter(i -> i != null && !i.isBlank()).toList();
        Checks.present(programStart, "programStart");
        Checks.httpUrl(meetingsUrl, "meetingsUrl");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.MATCH_INTRODUCTION;
    }
}
