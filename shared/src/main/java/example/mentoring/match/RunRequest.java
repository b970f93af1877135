package example.mentoring.match;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.http.JsonFields;
import example.mentoring.matchengine.PairId;
import example.mentoring.matchengine.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A request to run matching: optional weights (each 0–100, defaults for those not given), locked
 * and excluded pairs, each pair naming a mentor's and a mentee's application of the cohort, and
 * whether applications whose email is not confirmed take part ({@code includeUnconfirmed}, default
 * false; a locked pair may name one only then), and its {@link RunScope} (default {@code ALL}).
 */
public record RunRequest(Weights weights, List<PairId> lockedPairs, List<PairId> excludedPairs,
                         boolean includeUnconfirmed, RunScope scope) {

    static final List<String> WEIGHT_NAMES = List.of("sharedInterest", "region", "gender", "raceEthnicity",
            "libraryType", "experienceGap");
    static final Set<String> SCOPES = Set.of(RunScope.ALL.name(), RunScope.UNMATCHED.name());

    /**
     * A request read at the edge that is checked against the cohort's applications when the run
     * has them: its pairs must name them, and those errors are reported together with the body's own.
     * Its scope is known at once (it says which cohort states the run may start from).
     */
    public record Unchecked(JsonNode body, RunScope scope) {

        public RunRequest against(Set<String> mentorIds, Set<String> menteeIds, Set<String> unconfirmedIds) {
            return read(body, scope, mentorIds, menteeIds, unconfirmedIds);
        }
    }

    /** The body of a run request, to be checked once the cohort's applications are known; a bad scope is refused now. */
    public static Unchecked of(JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        String scope = fields.optionalEnum("scope", SCOPES).orElse(RunScope.ALL.name());
        fields.validate();
        return new Unchecked(body, RunScope.valueOf(scope));
    }

    static RunRequest read(JsonNode body, RunScope scope, Set<String> mentorIds, Set<String> menteeIds,
                           Set<String> unconfirmedIds) {
        JsonFields fields = JsonFields.of(body).onlyFields(List.of("weights", "lockedPairs", "excludedPairs",
                "includeUnconfirmed", "scope"));
        boolean includeUnconfirmed = fields.optionalBoolean("includeUnconfirmed").orElse(false);
        Weights defaults = Weights.DEFAULT;
        Weights weights = fields.optionalObject("weights").map(w -> {
            w.onlyFields(WEIGHT_NAMES);
            return new Weights(
                    w.optionalInt("sharedInterest", 0, 100).orElse(defaults.sharedInterest()),
                    w.optionalInt("region", 0, 100).orElse(defaults.region()),
                    w.optionalInt("gender", 0, 100).orElse(defaults.gender()),
                    w.optionalInt("raceEthnicity", 0, 100).orElse(defaults.raceEthnicity()),
                    w.optionalInt("libraryType", 0, 100).orElse(defaults.libraryType()),
                    w.optionalInt("experienceGap", 0, 100).orElse(defaults.experienceGap()));
        }).orElse(defaults);
        List<PairId> locked = pairs(fields, "lockedPairs", mentorIds, menteeIds);
        List<PairId> excluded = pairs(fields, "excludedPairs", mentorIds, menteeIds);
        Set<String> lockedMentees = new java.util.HashSet<>();
        for (int i = 0; i < locked.size(); i++) {
            fields.check(lockedMentees.add(locked.get(i).menteeApplicationId()),
                    "/lockedPairs/" + i + "/menteeApplicationId", "is locked to more than one mentor");
            fields.check(!excluded.contains(locked.get(i)), "/lockedPairs/" + i, "is also excluded");
            if (!includeUnconfirmed) {
                fields.check(!unconfirmedIds.contains(locked.get(i).mentorApplicationId()),
                        "/lockedPairs/" + i + "/mentorApplicationId", "has no confirmed email (set includeUnconfirmed to match it)");
                fields.check(!unconfirmedIds.contains(locked.get(i).menteeApplicationId()),
                        "/lockedPairs/" + i + "/menteeApplicationId", "has no confirmed email (set includeUnconfirmed to match it)");
            }
        }
        fields.validate();
        return new RunRequest(weights, locked, excluded, includeUnconfirmed, scope);
    }

    private static List<PairId> pairs(JsonFields fields, String name, Set<String> mentorIds, Set<String> menteeIds) {
        List<PairId> pairs = new ArrayList<>();
        for (JsonFields pair : fields.optionalObjectList(name)) {
            pair.onlyFields(List.of("mentorApplicationId", "menteeApplicationId"));
            String mentor = pair.requiredString("mentorApplicationId", 1, 64);
            String mentee = pair.requiredString("menteeApplicationId", 1, 64);
            if (mentor != null) {
                pair.check(mentorIds.contains(mentor), "/mentorApplicationId", "is not a mentor's application in this cohort");
            }
            if (mentee != null) {
                pair.check(menteeIds.contains(mentee), "/menteeApplicationId", "is not a mentee's application in this cohort");
            }
            if (mentor != null && mentee != null) {
                pairs.add(new PairId(mentor, mentee));
            }
        }
        return pairs;
    }
}
