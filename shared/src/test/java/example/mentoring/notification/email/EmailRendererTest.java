package example.mentoring.notification.email;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.text.ReadableTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Rendering the program's emails")
class EmailRendererTest {

    private static final EmailRenderer RENDERER = new EmailRenderer();

    private static Document html(RenderedEmail email) {
        return Jsoup.parse(email.html());
    }

    private static Element linkTo(Document doc, String url) {
        Element link = doc.selectFirst("a[href=\"" + url + "\"]");
        assertNotNull(link, () -> "no link to " + url + " in\n" + doc.html());
        return link;
    }

    @Nested
    @DisplayName("application acknowledgement")
    class Acknowledgement {
        private final RenderedEmail email = RENDERER.render(Examples.applicationAcknowledged());

        @Test
        @DisplayName("the subject says the application to the cohort was received")
        void subject() {
            assertEquals("Your application to Fall 2026 mentoring was received", email.subject());
        }

        @Test
        @DisplayName("both bodies give the role, the deadline in the cohort's zone as an American association writes it, and the reference")
        void body() {
            String html = html(email).text();
            for (String body : List.of(email.text(), html)) {
                assertAll(
                        () -> assertTrue(body.contains("to be a mentee in Fall 2026"), body),
                        () -> assertTrue(body.contains("Tuesday, September 15, 2026, 11:59 PM CDT"), body),
                        () -> assertTrue(body.contains("APP-2026-0042"), body));
            }
        }

        @Test
        @DisplayName("both bodies carry the confirmation link and say why to use it")
        void confirmationLink() {
            assertTrue(email.text().contains(Examples.CONFIRM_URL), email.text());
            assertEquals("Confirm my email address", linkTo(html(email), Examples.CONFIRM_URL).text());
            for (String body : List.of(email.text(), html(email).text())) {
                assertTrue(body.contains("We only match applicants whose address is confirmed"), body);
            }
        }
    }

    @Nested
    @DisplayName("match introduction")
    class Introduction {

        @Test
        @DisplayName("a mentee is told to meet their mentor by name")
        void subjectForMentee() {
            assertEquals("Meet your mentor, Ada Lovelace", RENDERER.render(Examples.matchIntroduction()).subject());
        }

        @Test
        @DisplayName("a mentor is told to meet their mentee by name")
        void subjectForMentor() {
            MatchIntroduction toMentor = new MatchIntroduction(Examples.PROGRAM, "Fall 2026", "Ada Lovelace",
                    "ada@example.org", "Grace Hopper", "grace@example.org", ProgramRole.MENTOR, List.of(),
                    LocalDate.of(2026, 10, 5), Examples.MEETINGS_URL);
            assertEquals("Meet your mentee, Grace Hopper", RENDERER.render(toMentor).subject());
        }

        @Test
        @DisplayName("both people's names and email addresses appear, as mailto links in HTML")
        void bothPeople() {
            RenderedEmail email = RENDERER.render(Examples.matchIntroduction());
            for (String expected : List.of("Grace Hopper", "grace@example.org", "Ada Lovelace", "ada@example.org")) {
                assertTrue(email.text().contains(expected), expected);
            }
            Document doc = html(email);
            assertEquals("ada@example.org", linkTo(doc, "mailto:ada@example.org").text());
            assertEquals("grace@example.org", linkTo(doc, "mailto:grace@example.org").text());
        }

        @Test
        @DisplayName("shared interests are listed, and the meetings page and a first step are given")
        void interestsAndFirstStep() {
            RenderedEmail email = RENDERER.render(Examples.matchIntroduction());
            Document doc = html(email);
            assertEquals(List.of("compilers", "math & poetry"), doc.select("ul li").eachText());
            assertTrue(email.text().contains("  - math & poetry"), email.text());
            assertTrue(email.text().contains("schedule a 30-minute video call in the next two weeks"));
            assertTrue(email.text().contains("Monday, October 5, 2026"), email.text());
            assertTrue(email.text().contains(Examples.MEETINGS_URL));
            linkTo(doc, Examples.MEETINGS_URL);
        }

        @Test
        @DisplayName("a pair with no shared interests gets a friendly sentence instead of an empty list")
        void noSharedInterests() {
            MatchIntroduction none = new MatchIntroduction(Examples.PROGRAM, "Fall 2026", "Grace Hopper",
                    "grace@example.org", "Ada Lovelace", "ada@example.org", ProgramRole.MENTEE, null,
                    LocalDate.of(2026, 10, 5), Examples.MEETINGS_URL);
            RenderedEmail email = RENDERER.render(none);
            assertTrue(email.text().contains("You didn't list interests in common"), email.text());
            assertFalse(email.text().contains("You both mentioned"), email.text());
            assertTrue(html(email).select("ul").isEmpty());
        }
    }

    @Nested
    @DisplayName("wait-list notice")
    class WaitList {
        @Test
        @DisplayName("the subject names the cohort and the body explains the wait list")
        void waitList() {
            RenderedEmail email = RENDERER.render(Examples.waitListNotice());
            assertEquals("You're on the wait list for Fall 2026", email.subject());
            assertTrue(email.text().contains("you are on the wait list"), email.text());
        }
    }

    @Nested
    @DisplayName("inactivity nudge")
    class Nudge {
        @Test
        @DisplayName("it says how many days passed since the last logged meeting")
        void daysSince() {
            RenderedEmail email = RENDERER.render(Examples.inactivityNudge());
            assertEquals("How are things going with Edsger Dijkstra?", email.subject());
            assertTrue(email.text().contains("It has been 23 days since you and Edsger Dijkstra last logged a meeting"));
            linkTo(html(email), Examples.LOG_MEETING_URL);
        }

        @Test
        @DisplayName("one day reads as '1 day'")
        void oneDay() {
            InactivityNudge nudge = new InactivityNudge(Examples.PROGRAM, "Fall 2026", "Barbara", "Edsger", 1, Examples.LOG_MEETING_URL);
            assertTrue(RENDERER.render(nudge).text().contains("It has been 1 day since"));
        }

        @Test
        @DisplayName("a pair that never met is told no meeting was logged yet")
        void neverMet() {
            InactivityNudge nudge = new InactivityNudge(Examples.PROGRAM, "Fall 2026", "Barbara", "Edsger", null, Examples.LOG_MEETING_URL);
            RenderedEmail email = RENDERER.render(nudge);
            assertTrue(email.text().contains("We haven't seen a meeting logged between you and Edsger"), email.text());
            assertFalse(email.text().contains("It has been"));
        }
    }

    @Nested
    @DisplayName("match ended")
    class Ended {
        @Test
        @DisplayName("the partner is told who ended it, never why; a coordinator's end says so")
        void toPartner() {
            RenderedEmail email = RENDERER.render(Examples.matchEnded());
            assertEquals("Your match with Edsger Dijkstra has ended", email.subject());
            assertTrue(email.text().contains("Edsger Dijkstra has ended your match in Fall 2026."), email.text());
            RenderedEmail byCoordinator = RENDERER.render(new MatchEnded(Examples.PROGRAM, "Fall 2026", "Barbara",
                    "Edsger", true));
            assertTrue(byCoordinator.text().contains("The program's coordinators have ended your match with Edsger"),
                    byCoordinator.text());
        }

        @Test
        @DisplayName("the coordinators read who ended it and the reason, escaped in HTML, with a link to the match")
        void toCoordinators() {
            RenderedEmail email = RENDERER.render(Examples.matchEndedReport());
            assertEquals("A match ended early: Edsger Dijkstra and Barbara Liskov", email.subject());
            assertTrue(email.text().contains("was ended early by the mentee"), email.text());
            assertTrue(email.text().contains("Our schedules <no longer> overlap."), email.text());
            assertTrue(html(email).body().text().contains("Our schedules <no longer> overlap."));
            assertTrue(email.html().contains("Our schedules &lt;no longer&gt; overlap."), email.html());
            linkTo(html(email), "https://mentoring.example.org/app/matches/m42");
        }
    }

    @Nested
    @DisplayName("year closing")
    class Closing {
        @Test
        @DisplayName("the year in figures: meetings, time, goals done, activities")
        void figures() {
            RenderedEmail email = RENDERER.render(Examples.yearClosing());
            assertEquals("Your year in Fall 2026, in figures", email.subject());
            assertTrue(email.text().contains("11 meetings, 10 h 30 min in all"), email.text());
            assertTrue(email.text().contains("3 of 4 goals done"), email.text());
            assertTrue(email.text().contains("conversation: 9 meetings"), email.text());
            assertTrue(email.text().contains("mock-interview: 1 meeting"), email.text());
        }

        @Test
        @DisplayName("a pair without goals or meetings is not told of zero goals")
        void quietYear() {
            RenderedEmail email = RENDERER.render(new YearClosing(Examples.PROGRAM, "Fall 2026", "Barbara", "Edsger",
                    0, 0, 0, 0, List.of()));
            assertTrue(email.text().contains("0 meetings, 0 min in all"), email.text());
            assertFalse(email.text().contains("goals done"), email.text());
        }
    }

    @Nested
    @DisplayName("newsletter")
    class NewsletterEmail {
        private final RenderedEmail email = RENDERER.render(Examples.newsletter());

        @Test
        @DisplayName("the unsubscribe link is visible in both bodies")
        void unsubscribeVisible() {
            assertTrue(email.text().contains("Unsubscribe: " + Examples.UNSUBSCRIBE_URL), email.text());
            assertEquals("Unsubscribe", linkTo(html(email), Examples.UNSUBSCRIBE_URL).text());
        }

        @Test
        @DisplayName("one-click unsubscribe headers are attached")
        void headers() {
            assertEquals(List.of(
                    Map.entry("List-Unsubscribe", "<https://mentoring.example.org/unsubscribe?token=abc123>"),
                    Map.entry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")),
                    List.copyOf(email.headers().entrySet()));
        }

        @Test
        @DisplayName("an invitation to alumni carries the same one-click unsubscribe headers, and its deadline in the cohort's zone")
        void alumniInvitation() {
            RenderedEmail invitation = RENDERER.render(Examples.alumniInvitation());
            assertEquals(List.of(
                    Map.entry("List-Unsubscribe", "<https://mentoring.example.org/unsubscribe?token=abc123>"),
                    Map.entry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")),
                    List.copyOf(invitation.headers().entrySet()));
            assertTrue(invitation.text().contains("Applications close on Tuesday, August 24, 2027, 11:59 PM CDT."), invitation.text());
            assertEquals("Apply as a mentor", linkTo(html(invitation), "https://mentoring.example.org/app/cohorts/fall-2027/apply").text());
        }

        @Test
        @DisplayName("the sanitized post HTML is kept as HTML, the text body carries the plain text")
        void postBody() {
            Document doc = html(email);
            assertEquals("40 new pairs", doc.selectFirst("div.post strong").text());
            assertTrue(email.text().contains("We matched 40 new pairs this spring."));
            assertFalse(email.text().contains("<strong>"));
            linkTo(doc, Examples.POST_URL);
        }

        @Test
        @DisplayName("a post of pictures only (no plain text) still renders; the text body points to it online")
        void imageOnly() {
            RenderedEmail pictures = RENDERER.render(new Newsletter(Examples.PROGRAM, "Margaret Hamilton", "Our picnic",
                    "<p><img src=\"https://mentoring.example/picnic.jpg\" alt=\"\"></p>", "", Examples.POST_URL,
                    Examples.UNSUBSCRIBE_URL));
            assertTrue(pictures.text().contains("view it at " + Examples.POST_URL), pictures.text());
            assertFalse(email.text().contains("view it at"), "a post with text shows its text");
        }

        @Test
        @DisplayName("other kinds of email carry no extra headers")
        void noHeadersElsewhere() {
            assertTrue(RENDERER.render(Examples.waitListNotice()).headers().isEmpty());
        }
    }

    @Nested
    @DisplayName("user data")
    class UserData {

        @Test
        @DisplayName("names with markup are escaped in HTML and shown literally in text")
        void namesEscaped() {
            String evil = "<script>alert('x')</script> & \"Bobby\"";
            MatchIntroduction intro = new MatchIntroduction("Prog <b>", "Cohort <i>", evil, "a@example.org",
                    evil, "b@example.org", ProgramRole.MENTOR, List.of("<img src=x onerror=alert(1)>"),
                    LocalDate.of(2026, 1, 1), Examples.MEETINGS_URL);
            RenderedEmail email = RENDERER.render(intro);
            Document doc = html(email);
            assertTrue(doc.select("script, b, i, img").isEmpty(), email.html());
            assertTrue(doc.text().contains(evil), doc.text());
            assertTrue(doc.text().contains("<img src=x onerror=alert(1)>"));
            assertTrue(email.text().contains("Hi " + evil + ","), email.text());
        }

        @Test
        @DisplayName("a line break in a name cannot spill into the subject header")
        void subjectIsOneLine() {
            InactivityNudge nudge = new InactivityNudge(Examples.PROGRAM, "Fall 2026", "Barbara",
                    "Edsger\r\nBcc: everyone@example.org", 3, Examples.LOG_MEETING_URL);
            String subject = RENDERER.render(nudge).subject();
            assertFalse(subject.contains("\n") || subject.contains("\r"), subject);
        }

        @Test
        @DisplayName("links must be http(s) and addresses must look like addresses")
        void validation() {
            assertThrows(IllegalArgumentException.class, () -> new InactivityNudge(
                    Examples.PROGRAM, "Fall 2026", "B", "E", 3, "javascript:alert(1)"));
            assertThrows(IllegalArgumentException.class, () -> new MatchIntroduction(Examples.PROGRAM, "Fall 2026",
                    "G", "grace@example.org", "A", "ada@example.org\" onclick=\"x", ProgramRole.MENTEE, List.of(),
                    LocalDate.of(2026, 1, 1), Examples.MEETINGS_URL));
            assertThrows(IllegalArgumentException.class, () -> new ApplicationAcknowledged(
                    Examples.PROGRAM, " ", "Fall 2026", ProgramRole.MENTOR, Instant.EPOCH, ReadableTime.DEFAULT_ZONE, "APP-1", Examples.CONFIRM_URL));
            assertThrows(IllegalArgumentException.class, () -> new ApplicationAcknowledged(
                    Examples.PROGRAM, "K", "Fall 2026", ProgramRole.MENTOR, Instant.EPOCH, ReadableTime.DEFAULT_ZONE, "APP-1", "javascript:alert(1)"));
            assertThrows(IllegalArgumentException.class, () -> Newsletter.listUnsubscribeHeaders("https://e.org/u>x"));
        }
    }

    @org.junit.jupiter.api.Test
    @DisplayName("an address the form accepts, like o'brien+fall@example.org, makes an introduction with a working mailto link")
    void formAddressesAreDeliverable() {
        MatchIntroduction introduction = new MatchIntroduction(Examples.PROGRAM, "Fall 2026", "Grace Hopper",
                "grace@example.org", "Ada O'Brien", "o'brien+fall@example.org", ProgramRole.MENTEE, List.of("compilers"),
                java.time.LocalDate.of(2026, 10, 5), Examples.MEETINGS_URL);
        RenderedEmail email = new EmailRenderer().render(introduction);
        assertEquals("o'brien+fall@example.org", org.jsoup.Jsoup.parse(email.html()).select("a[href^=mailto:]").first()
                .attr("href").substring("mailto:".length()));
        assertTrue(email.text().contains("o'brien+fall@example.org"), email.text());
    }

    @Test
    @DisplayName("a mentor shortfall gives the figures, the deadline in the cohort's zone and the way to the draft post")
    void mentorShortfall() {
        RenderedEmail email = RENDERER.render(Examples.mentorShortfall());
        assertEquals("Fall 2027 needs 7 more mentor slots", email.subject());
        for (String body : List.of(email.text(), html(email).text())) {
            assertAll(
                    () -> assertTrue(body.contains("Mentees: 12"), body),
                    () -> assertTrue(body.contains("Mentor slots: 5"), body),
                    () -> assertTrue(body.contains("Short: 7"), body),
                    () -> assertTrue(body.contains("Wednesday, February 24, 2027, 11:59 PM CST"), body));
        }
        assertEquals("Open the posts", linkTo(html(email), "https://mentoring.example/app/coordinate/posts").text());
        assertThrows(IllegalArgumentException.class, () -> new MentorShortfall(Examples.PROGRAM, "C", "Fall 2027", 5, 5,
                Instant.EPOCH, ReadableTime.DEFAULT_ZONE, "https://mentoring.example/app/coordinate/posts"));
    }
}
