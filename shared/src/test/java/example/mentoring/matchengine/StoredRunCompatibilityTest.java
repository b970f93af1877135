package example.mentoring.matchengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.json.Json;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Matching runs are stored as JSON (their input participants and their result); older ones lack the newer fields. */
@DisplayName("Runs stored before priorities existed")
class StoredRunCompatibilityTest {

    @Test
    @DisplayName("a participant stored without 'priority' reads back as the same participant, without priority")
    void participantWithoutPriority() throws Exception {
        Participant mentee = Applicant.mentee("e1").interests("stem").race("ASIAN").build();
        ObjectNode stored = Json.mapper().valueToTree(mentee);
        assertTrue(stored.has("priority"));
        stored.remove("priority");
        assertEquals(mentee, Json.mapper().treeToValue(stored, Participant.class));
    }

    @Test
    @DisplayName("a result whose stats lack 'priorityMatched' reads back with 0 and everything else unchanged")
    void statsWithoutPriorityMatched() throws Exception {
        MatchingResult result = new MatchingEngine().run(new MatchingProblem(
                List.of(Applicant.mentor("m1").interests("stem").build()),
                List.of(Applicant.mentee("e1").interests("stem").build(), Applicant.mentee("e2").build())));
        ObjectNode stored = Json.mapper().valueToTree(result);
        ((ObjectNode) stored.get("stats")).remove("priorityMatched");
        assertEquals(result, Json.mapper().treeToValue(stored, MatchingResult.class));
    }

    @Test
    @DisplayName("a priority mentee and the priority count survive the round trip")
    void roundTrip() throws Exception {
        Participant mentee = Applicant.mentee("e1").priority().build();
        assertEquals(mentee, Json.mapper().readValue(Json.write(mentee), Participant.class));
        MatchingResult result = new MatchingEngine().run(new MatchingProblem(
                List.of(Applicant.mentor("m1").build()), List.of(mentee)));
        assertEquals(1, result.stats().priorityMatched());
        assertEquals(result, Json.mapper().readValue(Json.write(result), MatchingResult.class));
    }
}
