package example.mentoring.notification.email;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Privacy and completeness of every kind of email")
class EmailPrivacyTest {

    private static final EmailRenderer RENDERER = new EmailRenderer();

    // Values and words of the demographic survey, which must never reach an email.
    private static final Pattern DEMOGRAPHIC_VOCABULARY = Pattern.compile(
            "\\b(HISPANIC_LATINO|HISPANIC|LATINO|LATINA|LATINX|NON_BINARY|NON-BINARY|NONBINARY|WOMAN|WOMEN|"
                    + "TRANSGENDER|gender|race|racial|ethnicity|ethnic|demographics?|pronouns?|region)\\b",
            Pattern.CASE_INSENSITIVE);

    static Stream<Arguments> oneOfEachKind() {
        return Stream.of(
                Arguments.of(Examples.applicationAcknowledged(), List.of(Examples.CONFIRM_URL),
                        "because you applied to be a mentee in Fall 2026"),
                Arguments.of(Examples.matchIntroduction(), List.of(Examples.MEETINGS_URL, "mailto:ada@example.org"),
                        "because you were matched as a mentee in Fall 2026"),
                Arguments.of(Examples.waitListNotice(), List.<String>of(),
                        "because you applied to Fall 2026"),
                Arguments.of(Examples.inactivityNudge(), List.of(Examples.LOG_MEETING_URL),
                        "because you are paired with Edsger Dijkstra in Fall 2026"),
                Arguments.of(Examples.newsletter(), List.of(Examples.POST_URL, Examples.UNSUBSCRIBE_URL),
                        "because you subscribed to the Open Source Mentors newsletter"),
                Arguments.of(Examples.postSubmitted(), List.of(Examples.REVIEW_URL),
                        "because you coordinate Open Source Mentors"),
                Arguments.of(Examples.postReturned(), List.of(Examples.EDIT_URL),
                        "because you sent a post to Open Source Mentors for review"),
                Arguments.of(Examples.mentorShortfall(), List.of("https://mentoring.example/app/coordinate/posts"),
                        "because you coordinate Open Source Mentors"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneOfEachKind")
    @DisplayName("greets the recipient, links the right pages, explains why it was sent, signs off, and shows no demographics")
    void everyKind(EmailMessage message, List<String> links, String reason) {
        RenderedEmail email = RENDERER.render(message);
        Document doc = Jsoup.parse(email.html());
        String htmlText = doc.text();
        assertAll(
                () -> assertTrue(email.text().startsWith("Hi " + message.recipientName() + ","), email.text()),
                () -> assertTrue(htmlText.contains("Hi " + message.recipientName() + ","), htmlText),
                () -> assertTrue(email.text().contains(reason), email.text()),
                () -> assertTrue(doc.selectFirst("p.reason").text().contains(reason), email.html()),
                () -> assertTrue(email.text().contains("The " + Examples.PROGRAM + " team")),
                () -> assertTrue(htmlText.contains("The " + Examples.PROGRAM + " team")),
                () -> assertFalse(email.subject().isBlank()));
        for (String link : links) {
            if (!link.startsWith("mailto:")) {
                assertTrue(email.text().contains(link), () -> link + " missing from text:\n" + email.text());
            }
            assertNotNull(doc.selectFirst("a[href=\"" + link + "\"]"), () -> link + " missing from HTML:\n" + email.html());
        }
        for (String rendered : List.of(email.subject(), email.text(), email.html())) {
            Matcher found = DEMOGRAPHIC_VOCABULARY.matcher(rendered);
            assertFalse(found.find(), () -> "demographic word '" + found.group() + "' in:\n" + rendered);
        }
    }

    @Test
    @DisplayName("no message record has a field that could carry demographic data")
    void noDemographicFields() {
        Class<?>[] kinds = EmailMessage.class.getPermittedSubclasses();
        // One record per kind, plus the newsletter as queued (NewsletterEntry names its post; Newsletter is rendered).
        assertTrue(kinds.length == EmailKind.values().length + 1, "one record per kind, and the queued newsletter");
        for (Class<?> kind : kinds) {
            for (RecordComponent component : kind.getRecordComponents()) {
                String name = component.getName().toLowerCase(Locale.ROOT);
                for (String forbidden : List.of("gender", "race", "ethnic", "region", "pronoun", "demographic", "birth")) {
                    assertFalse(name.contains(forbidden), () -> kind.getSimpleName() + "." + component.getName());
                }
                // Compared whole: "age" is inside harmless names such as "imageUrl" or "message".
                assertFalse(name.equals("age"), () -> kind.getSimpleName() + "." + component.getName());
            }
        }
    }
}
