package example.mentoring.match;

import static example.mentoring.emulator.EventFixtures.http;
import static example.mentoring.emulator.EventFixtures.withBody;
import static example.mentoring.emulator.EventFixtures.withPathParameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.application.Application;
import example.mentoring.application.BulkApplications;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.paging.Page;
import example.mentoring.json.Json;
import example.mentoring.matchengine.ExhaustiveSolver;
import example.mentoring.matchengine.MatchingEngine;
import example.mentoring.matchengine.MatchingProblem;
import example.mentoring.matchengine.MatchingResult;
import example.mentoring.matchengine.PairId;
import example.mentoring.matchengine.Participant;
import example.mentoring.matchengine.Preferences;
import example.mentoring.matchengine.Proposal;
import example.mentoring.matchengine.Weights;
import example.mentoring.notification.Notification;
import example.mentoring.notification.NotificationStatus;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.email.MatchIntroduction;
import example.mentoring.notification.email.ProgramRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("Rematching (scope UNMATCHED): optimal among the mentees without an active match and the places left; confirming adds matches")
class RematchIT {

    static final List<String> INTERESTS = List.of("storytime", "stem", "leadership", "outreach");
    static final List<String> REGIONS = List.of("NORTHEAST", "MIDWEST", "SOUTH");
    static final LocalDate STARTED = LocalDate.parse("2027-03-16");

    MutableClock clock = new MutableClock(Instant.parse("2027-06-01T15:00:00Z"));
    RunMatchingHandler handler;
    AwsClients aws;
    Matches matches;
    Cohorts cohorts;
    Transactions transactions;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("RunMatchingFunction"));
        aws = new AwsClients(environment);
        handler = new RunMatchingHandler(environment, clock);
        matches = new Matches(aws);
        cohorts = new Cohorts(aws);
        transactions = new Transactions(aws);
    }

    APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    static JsonNode body(APIGatewayV2HTTPResponse response) {
        return Json.parseBody(response.getBody());
    }

    APIGatewayV2HTTPResponse run(String cohortId, String json) {
        return call(withPathParameter(withBody(http("run-matching/create-run.json"), json), "cohortId", cohortId));
    }

    APIGatewayV2HTTPResponse confirm(String cohortId, String runId) {
        return call(withPathParameter(withPathParameter(http("run-matching/confirm-run.json"), "cohortId", cohortId),
                "runId", runId));
    }

    static Application application(String cohortId, String id, boolean mentor, String institution, String region,
                                   List<String> interests, int capacity) {
        ProgramRole role = mentor ? ProgramRole.MENTOR : ProgramRole.MENTEE;
        Instant at = Instant.parse("2027-02-01T00:00:00Z");
        return new Application(id, cohortId, role, Seed.nameOf(id + "@example.org"), id + "@example.org", institution,
                Optional.empty(), "PUBLIC", region, mentor ? 12 : 1, true,
                mentor ? Optional.empty() : Optional.of("EARLY_CAREER"), true, false, interests, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Preferences.DEFAULT, mentor ? capacity : 0, at,
                Optional.of(at));
    }

    /** A match between two applications of the cohort, ACTIVE or ENDED, as a confirmation and an end would leave it. */
    void addMatch(String cohortId, Application mentor, Application mentee, boolean ended) {
        String matchId = matchIdOf(cohortId, mentee) + (ended ? "-ended-" + mentor.applicationId() : "");
        Match match = new Match(matchId, cohortId, "run-0", mentor.applicationId(), mentee.applicationId(),
                mentor.name(), mentor.email(), mentee.name(), mentee.email(), 10, List.of(), STARTED,
                STARTED.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        transactions.write(List.of(matches.add(match)));
        if (ended) {
            endMatch(match);
        }
    }

    static String matchIdOf(String cohortId, Application mentee) {
        return "m-" + cohortId + "-" + mentee.applicationId();
    }

    void endMatch(Match match) {
        transactions.write(List.of(matches.end(match.matchId(), new MatchEnding(clock.instant(), "MENTEE", "Moved.")),
                cohorts.matchesChanged(new CohortId(match.cohortId()))));
    }

    @Test
    @DisplayName("on small random cohorts with active and ended matches, the rematch is as good as trying every assignment of the whole cohort with the active matches kept and the ended pairs excluded")
    void optimalAgainstBruteForce() {
        MatchingEngine exhaustive = new MatchingEngine(new ExhaustiveSolver());
        int rematched = 0;
        for (int seed = 0; seed < 16; seed++) {
            Random random = new Random(seed);
            String cohortId = "rematch-" + seed;
            Seed.cohort().withId(cohortId, "Rematch " + seed).matchedBy("run-0").addTo(aws);
            List<Application> mentors = new ArrayList<>();
            List<Application> mentees = new ArrayList<>();
            int mentorCount = 2 + random.nextInt(2);
            int menteeCount = 3 + random.nextInt(3);
            for (int i = 0; i < mentorCount + menteeCount; i++) {
                boolean mentor = i < mentorCount;
                List<String> interests = random.ints(1 + random.nextInt(2), 0, INTERESTS.size()).distinct()
                        .mapToObj(INTERESTS::get).toList();
                Application a = application(cohortId, (mentor ? "tor" : "tee") + i, mentor,
                        "Library " + random.nextInt(4), REGIONS.get(random.nextInt(REGIONS.size())), interests,
                        1 + random.nextInt(2));
                (mentor ? mentors : mentees).add(a);
            }
            BulkApplications.write(aws, new ArrayList<>(java.util.stream.Stream.concat(mentors.stream(), mentees.stream()).toList()));

            // Active matches within capacity between eligible applications; some ended pairs besides.
            List<PairId> active = new ArrayList<>();
            List<PairId> ended = new ArrayList<>();
            Map<String, Integer> load = new HashMap<>();
            for (Application mentee : mentees) {
                Application mentor = mentors.get(random.nextInt(mentors.size()));
                boolean eligible = !mentor.institution().equals(mentee.institution());
                int roll = random.nextInt(3);
                if (roll == 0 && eligible && load.getOrDefault(mentor.applicationId(), 0) < mentor.mentorCapacity()) {
                    addMatch(cohortId, mentor, mentee, false);
                    load.merge(mentor.applicationId(), 1, Integer::sum);
                    active.add(new PairId(mentor.applicationId(), mentee.applicationId()));
                } else if (roll == 1) {
                    addMatch(cohortId, mentor, mentee, true);
                    ended.add(new PairId(mentor.applicationId(), mentee.applicationId()));
                }
            }

            APIGatewayV2HTTPResponse response = run(cohortId, "{\"scope\": \"UNMATCHED\"}");
            assertEquals(201, response.getStatusCode(), response.getBody());
            JsonNode run = body(response);
            assertEquals("UNMATCHED", run.path("scope").asText());

            MatchingResult whole = exhaustive.run(new MatchingProblem(
                    mentors.stream().map(Participants::of).toList(), mentees.stream().map(Participants::of).toList(),
                    Weights.DEFAULT, active, ended));
            Set<String> activeMentees = new HashSet<>();
            active.forEach(p -> activeMentees.add(p.menteeApplicationId()));
            List<Proposal> expected = whole.proposals().stream()
                    .filter(p -> !activeMentees.contains(p.menteeApplicationId())).toList();
            String where = "seed " + seed + ": " + run;
            assertEquals(expected.size(), run.path("stats").path("matched").asInt(), where);
            assertEquals(expected.stream().mapToLong(Proposal::score).sum(), run.path("stats").path("totalScore").asLong(), where);
            assertEquals(whole.stats().mentorSlotsNeeded(), run.path("stats").path("mentorSlotsNeeded").asInt(), where);

            Map<String, Integer> places = new HashMap<>(load);
            for (JsonNode proposal : run.path("proposals")) {
                PairId pair = new PairId(proposal.path("mentorApplicationId").asText(), proposal.path("menteeApplicationId").asText());
                assertFalse(ended.contains(pair), "an ended pair proposed again, " + where);
                assertFalse(activeMentees.contains(pair.menteeApplicationId()), "a matched mentee rematched, " + where);
                places.merge(pair.mentorApplicationId(), 1, Integer::sum);
                rematched++;
            }
            for (Application mentor : mentors) {
                assertTrue(places.getOrDefault(mentor.applicationId(), 0) <= mentor.mentorCapacity(), where);
            }
        }
        assertTrue(rematched > 15, "only " + rematched + " mentees rematched");
    }

    /** A matched cohort: two mentors of capacity 1, three mentees; the first two matched, the third wait-listed. */
    record Cohort(String id, Application mentorA, Application mentorB, Application first, Application second,
                  Application waiting) {
    }

    Cohort matchedCohort() {
        String id = "spring-2027";
        Seed.cohort().withId(id, "Spring 2027").matchedBy("run-0").addTo(aws);
        Cohort c = new Cohort(id,
                application(id, "tor-a", true, "North", "MIDWEST", List.of("storytime"), 1),
                application(id, "tor-b", true, "South", "SOUTH", List.of("stem"), 1),
                application(id, "tee-1", false, "East", "MIDWEST", List.of("storytime"), 0),
                application(id, "tee-2", false, "West", "SOUTH", List.of("stem"), 0),
                application(id, "tee-3", false, "Central", "MIDWEST", List.of("storytime"), 0));
        BulkApplications.write(aws, List.of(c.mentorA(), c.mentorB(), c.first(), c.second(), c.waiting()));
        addMatch(id, c.mentorA(), c.first(), false);
        addMatch(id, c.mentorB(), c.second(), false);
        return c;
    }

    List<Notification> outbox() {
        return new Notifications(aws).list(NotificationStatus.PENDING, Page.Request.first(100)).items();
    }

    @Test
    @DisplayName("after an early end: the freed mentor goes to the wait-listed mentee, never back to the ended pair; confirming adds that match with introductions, touches no other and is not already-matched")
    void rematchAfterAnEnd() {
        Cohort c = matchedCohort();
        APIGatewayV2HTTPResponse full = run(c.id(), "{}");
        assertEquals(409, full.getStatusCode());
        assertEquals("https://mentoring.example/problems/cohort-not-closed", body(full).path("type").asText());
        JsonNode nothingFree = body(run(c.id(), "{\"scope\": \"UNMATCHED\"}"));
        assertEquals(0, nothingFree.path("proposals").size(), "every mentor is full");
        assertEquals(List.of(c.waiting().applicationId()), nothingFree.path("unmatched").findValuesAsText("menteeApplicationId"));

        Match endedMatch = matches.find(matchIdOf(c.id(), c.first())).orElseThrow();
        endMatch(endedMatch);
        APIGatewayV2HTTPResponse created = run(c.id(), "{\"scope\": \"UNMATCHED\"}");
        assertEquals(201, created.getStatusCode(), created.getBody());
        JsonNode rematch = body(created);
        assertEquals("UNMATCHED", rematch.path("scope").asText());
        assertEquals(List.of(c.waiting().applicationId()), rematch.path("proposals").findValuesAsText("menteeApplicationId"));
        assertEquals(List.of(c.mentorA().applicationId()), rematch.path("proposals").findValuesAsText("mentorApplicationId"));
        assertEquals(List.of(c.first().applicationId()), rematch.path("unmatched").findValuesAsText("menteeApplicationId"),
                "the ended mentee may not have mentor A again, and B is full");

        String runId = rematch.path("runId").asText();
        APIGatewayV2HTTPResponse confirmed = confirm(c.id(), runId);
        assertEquals(200, confirmed.getStatusCode(), confirmed.getBody());
        assertEquals("CONFIRMED", body(confirmed).path("status").asText());
        List<Match> all = matches.allOfCohort(c.id());
        assertEquals(3, all.size(), "the two matches of the confirmation, one of them ended, and the rematch");
        Match added = all.stream().filter(m -> m.runId().equals(runId)).findFirst().orElseThrow();
        assertEquals(c.waiting().email(), added.menteeEmail());
        assertEquals(MatchStatus.ACTIVE, added.status());
        assertEquals(MatchStatus.ENDED, matches.find(endedMatch.matchId()).orElseThrow().status(), "the ended match stays ended");
        assertEquals(MatchStatus.ACTIVE, matches.find(matchIdOf(c.id(), c.second())).orElseThrow().status());
        assertEquals(Optional.of("run-0"), cohorts.get(new CohortId(c.id())).confirmedRunId(), "the cohort's run stays");
        List<Notification> emails = outbox();
        assertEquals(Set.of(c.mentorA().email(), c.waiting().email()),
                Set.copyOf(emails.stream().map(Notification::recipient).toList()));
        assertTrue(emails.stream().allMatch(n -> n.message() instanceof MatchIntroduction), "no wait-list notice again");

        assertEquals(200, confirm(c.id(), runId).getStatusCode(), "idempotent");
        assertEquals(3, matches.allOfCohort(c.id()).size());
        assertEquals(2, outbox().size());
        JsonNode after = body(run(c.id(), "{\"scope\": \"UNMATCHED\"}"));
        assertEquals(0, after.path("proposals").size(), "the rematched mentee is matched now");
    }

    @Test
    @DisplayName("a rematch is confirmed only on the matches it was run on: an end or another rematch since makes it 409 run-outdated")
    void outdated() {
        Cohort c = matchedCohort();
        endMatch(matches.find(matchIdOf(c.id(), c.first())).orElseThrow());
        String first = body(run(c.id(), "{\"scope\": \"UNMATCHED\"}")).path("runId").asText();
        String second = body(run(c.id(), "{\"scope\": \"UNMATCHED\"}")).path("runId").asText();
        assertEquals(200, confirm(c.id(), second).getStatusCode());
        APIGatewayV2HTTPResponse stale = confirm(c.id(), first);
        assertEquals(409, stale.getStatusCode(), stale.getBody());
        assertEquals("https://mentoring.example/problems/run-outdated", body(stale).path("type").asText());

        String third = body(run(c.id(), "{\"scope\": \"UNMATCHED\"}")).path("runId").asText();
        endMatch(matches.find(matchIdOf(c.id(), c.second())).orElseThrow());
        assertEquals(409, confirm(c.id(), third).getStatusCode());
        assertEquals(3, matches.allOfCohort(c.id()).size(), "nothing was added by the outdated runs");
    }

    @Test
    @DisplayName("a rematch needs a MATCHED cohort (409 cohort-not-matched); an unknown scope is 422")
    void scopeRules() {
        Seed.cohort().withId("closed-2027", "Closed 2027").withDates(Instant.parse("2027-01-15T06:00:00Z"),
                Instant.parse("2027-02-25T05:59:59Z")).addTo(aws);
        APIGatewayV2HTTPResponse closed = run("closed-2027", "{\"scope\": \"UNMATCHED\"}");
        assertEquals(409, closed.getStatusCode(), closed.getBody());
        assertEquals("https://mentoring.example/problems/cohort-not-matched", body(closed).path("type").asText());
        APIGatewayV2HTTPResponse bad = run("closed-2027", "{\"scope\": \"SOME\"}");
        assertEquals(422, bad.getStatusCode());
        assertEquals(List.of("/scope"), body(bad).path("errors").findValuesAsText("field"));
        assertEquals("ALL", body(run("closed-2027", "{\"scope\": \"ALL\"}")).path("scope").asText());
    }
}
