package example.mentoring.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Check-in results: no figure from fewer than five respondents")
class CheckInResultsTest {

    static final CheckIn CHECK_IN = new CheckIn("01JQ4X7ZK3M8N2P5R6S7T8V9W0", "fall-2027", "Spring", LocalDate.parse("2027-04-05"),
            Instant.parse("2027-04-05T14:00:00Z"), List.of(
                    new Question("going", "How?", QuestionKind.SCALE_1_5, List.of()),
                    new Question("often", "How often?", QuestionKind.CHOICE, List.of("Weekly", "Monthly")),
                    new Question("helped", "What helped?", QuestionKind.TEXT, List.of())),
            Instant.parse("2027-04-01T00:00:00Z"), Optional.of(Instant.parse("2027-04-05T14:00:01Z")));

    static List<Respondent> recipients(int total, List<Map<String, Object>> answers) {
        List<Respondent> recipients = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            boolean answered = i < answers.size();
            recipients.add(new Respondent(CHECK_IN.checkInId(), "r" + i, "p" + i + "@example.org",
                    answered ? answers.get(i) : Map.of(), answered ? Optional.of(Instant.EPOCH) : Optional.empty()));
        }
        return recipients;
    }

    @Test
    @DisplayName("nobody answered: counts and rate are \"<5\", not 0 or a division by zero")
    void nobody() {
        CheckInResults results = CheckInResults.of(CHECK_IN, recipients(0, List.of()), new Random(1));
        assertEquals("<5", results.responded());
        assertEquals("<5", results.responseRate());
        assertEquals(0, results.invited());
    }

    @Test
    @DisplayName("five answered the check-in but four the text question: the check-in's figures show, the question's do not")
    void perQuestionThreshold() {
        List<Map<String, Object>> answers = List.of(
                Map.of("going", 1, "often", "Weekly", "helped", "a"), Map.of("going", 2, "often", "Weekly", "helped", "b"),
                Map.of("going", 3, "often", "Monthly", "helped", "c"), Map.of("going", 5, "often", "Weekly", "helped", "d"),
                Map.of("going", 5, "often", "Weekly"));
        CheckInResults results = CheckInResults.of(CHECK_IN, recipients(8, answers), new Random(1));
        assertEquals(5, results.responded());
        assertEquals(new BigDecimal("0.63"), results.responseRate());
        CheckInResults.QuestionResult going = results.questions().get(0);
        assertEquals(Map.of("1", 1, "2", 1, "3", 1, "4", 0, "5", 2), going.counts());
        assertEquals(new BigDecimal("3.20"), going.mean());
        assertNull(going.answers());
        assertEquals(Map.of("Weekly", 4, "Monthly", 1), results.questions().get(1).counts());
        CheckInResults.QuestionResult helped = results.questions().get(2);
        assertEquals("<5", helped.respondents());
        assertEquals("<5", helped.answers());
        assertNull(helped.counts());
        assertNull(helped.mean());
    }
}
