package example.mentoring.matchengine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Small random problems with few distinct values, so that ties, shared institutions and conflicts are common. */
final class RandomCohort {
    private static final String[] INTERESTS = {"storytime", "stem", "grants", "mock-interviews", "cataloging"};
    private static final String[] REGIONS = {"WEST", "EAST", "MIDWEST"};
    private static final String[] TYPES = {"PUBLIC", "ACADEMIC", "SCHOOL"};
    private static final String[] GENDERS = {"WOMAN", "MAN", "NON_BINARY", "PREFER_NOT_TO_SAY", "SELF_DESCRIBED"};
    private static final String[] RACES = {"ASIAN", "BLACK", "WHITE", "PREFER_NOT_TO_SAY"};

    private RandomCohort() {
    }

    static Participant participant(Random random, String id, boolean mentor) {
        List<String> interests = new ArrayList<>();
        for (String interest : INTERESTS) {
            if (random.nextInt(3) == 0) {
                interests.add(interest);
            }
        }
        Collections.shuffle(interests, random);
        List<String> race = new ArrayList<>();
        if (random.nextBoolean()) {
            race.add(pick(random, RACES));
        }
        Preferences preferences = new Preferences(pick(random, "ANY", "SAME", "DIFFERENT"), pick(random, "ANY", "SAME"),
                pick(random, "ANY", "SHARED"));
        return new Participant(id, id + "@example.org", "Library " + random.nextInt(4), pick(random, TYPES),
                pick(random, REGIONS), random.nextInt(12), interests, random.nextInt(4) == 0 ? null : pick(random, GENDERS),
                race, preferences, mentor ? 1 + random.nextInt(2) : 0);
    }

    /** Up to 4 mentors, up to 6 mentees, some locked and excluded pairs, always valid. */
    static MatchingProblem small(Random random) {
        return problem(random, 1 + random.nextInt(4), random.nextInt(7));
    }

    static MatchingProblem problem(Random random, int mentorCount, int menteeCount) {
        List<Participant> mentors = new ArrayList<>();
        for (int m = 0; m < mentorCount; m++) {
            mentors.add(participant(random, "mentor-" + m, true));
        }
        List<Participant> mentees = new ArrayList<>();
        for (int e = 0; e < menteeCount; e++) {
            mentees.add(participant(random, "mentee-" + e, false));
        }
        List<PairId> excluded = new ArrayList<>();
        List<PairId> locked = new ArrayList<>();
        int[] lockedLoad = new int[mentorCount];
        for (Participant mentee : mentees) {
            Participant mentor = mentors.get(random.nextInt(mentorCount));
            PairId pair = new PairId(mentor.applicationId(), mentee.applicationId());
            int roll = random.nextInt(10);
            int m = mentors.indexOf(mentor);
            if (roll == 0 && lockedLoad[m] < mentor.capacity()) {
                lockedLoad[m]++;
                locked.add(pair);
            } else if (roll <= 2) {
                excluded.add(pair);
            }
        }
        return new MatchingProblem(mentors, mentees, Weights.DEFAULT, locked, excluded);
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
