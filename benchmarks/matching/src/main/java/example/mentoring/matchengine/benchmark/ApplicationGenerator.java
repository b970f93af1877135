package example.mentoring.matchengine.benchmark;

import example.mentoring.matchengine.MatchingProblem;
import example.mentoring.matchengine.Participant;
import example.mentoring.matchengine.Preferences;
import example.mentoring.matchengine.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded, plausible applications: a few popular interests and a long tail (Zipf), mostly public libraries,
 * optional demographics, mostly ANY preferences, colleagues applying from the same institution, and the odd
 * person applying on both sides with one email.
 */
final class ApplicationGenerator {
    private static final String[] INTERESTS = {"storytime", "stem", "grants", "mock-interviews", "cataloging",
        "leadership", "outreach", "youth-services", "digital-literacy", "archives", "collection-development",
        "management", "makerspace", "adult-programming", "reference", "instruction", "data-services",
        "accessibility", "marketing", "technology"};
    private static final String[] REGIONS = {"NORTHEAST", "SOUTHEAST", "MIDWEST", "SOUTHWEST", "WEST"};
    private static final double[] REGION_SHARE = {0.22, 0.22, 0.24, 0.12, 0.20};
    private static final String[] TYPES = {"PUBLIC", "ACADEMIC", "SCHOOL", "SPECIAL"};
    private static final double[] TYPE_SHARE = {0.55, 0.25, 0.12, 0.08};
    private static final String[] GENDERS = {"WOMAN", "MAN", "NON_BINARY", "PREFER_NOT_TO_SAY", "SELF_DESCRIBED"};
    private static final double[] GENDER_SHARE = {0.66, 0.22, 0.05, 0.05, 0.02};
    private static final String[] RACES = {"WHITE", "BLACK", "HISPANIC_LATINO", "ASIAN", "NATIVE_AMERICAN",
        "PACIFIC_ISLANDER", "MIDDLE_EASTERN", "PREFER_NOT_TO_SAY", "SELF_DESCRIBED"};
    private static final double[] RACE_SHARE = {0.55, 0.12, 0.11, 0.09, 0.03, 0.02, 0.03, 0.04, 0.01};

    private final Random random;
    private final double[] interestShare;

    ApplicationGenerator(long seed) {
        random = new Random(seed);
        interestShare = new double[INTERESTS.length];
        for (int k = 0; k < INTERESTS.length; k++) {
            interestShare[k] = 1.0 / Math.pow(k + 1, 1.1);
        }
    }

    MatchingProblem problem(int menteeCount, int mentorCount) {
        int institutions = Math.max(2, (menteeCount + mentorCount) / 3);
        List<Participant> mentees = new ArrayList<>(menteeCount);
        for (int e = 0; e < menteeCount; e++) {
            mentees.add(participant("mentee-" + e, "mentee" + e + "@example.org", institutions, false));
        }
        List<Participant> mentors = new ArrayList<>(mentorCount);
        for (int m = 0; m < mentorCount; m++) {
            // About 1% of mentors also applied as a mentee with the same email.
            String email = random.nextInt(100) == 0 ? "mentee" + random.nextInt(menteeCount) + "@example.org"
                    : "mentor" + m + "@example.org";
            mentors.add(participant("mentor-" + m, email, institutions, true));
        }
        return new MatchingProblem(mentors, mentees, Weights.DEFAULT, List.of(), List.of());
    }

    private Participant participant(String id, String email, int institutions, boolean mentor) {
        // Square of a uniform: big systems (low numbers) send many applicants, so colleagues meet often.
        double u = random.nextDouble();
        String institution = "Library System " + (int) (u * u * institutions);
        List<String> interests = new ArrayList<>();
        int wanted = 1 + random.nextInt(5);
        while (interests.size() < wanted) {
            String interest = INTERESTS[pick(interestShare)];
            if (!interests.contains(interest)) {
                interests.add(interest);
            }
        }
        String gender = random.nextDouble() < 0.15 ? null : GENDERS[pick(GENDER_SHARE)];
        List<String> race = new ArrayList<>();
        if (random.nextDouble() < 0.7) {
            race.add(RACES[pick(RACE_SHARE)]);
            if (random.nextDouble() < 0.08) {
                String second = RACES[pick(RACE_SHARE)];
                if (!race.contains(second)) {
                    race.add(second);
                }
            }
        }
        double r = random.nextDouble();
        String regionPref = r < 0.7 ? "ANY" : r < 0.9 ? "SAME" : "DIFFERENT";
        String genderPref = random.nextDouble() < 0.8 ? "ANY" : "SAME";
        String racePref = random.nextDouble() < 0.85 ? "ANY" : "SHARED";
        int years = mentor ? 3 + random.nextInt(28) : random.nextInt(10);
        return new Participant(id, email, institution, TYPES[pick(TYPE_SHARE)], REGIONS[pick(REGION_SHARE)], years,
                interests, gender, race, mentor ? Preferences.DEFAULT : new Preferences(regionPref, genderPref, racePref),
                mentor ? 1 + random.nextInt(3) : 0);
    }

    private int pick(double[] shares) {
        double total = 0;
        for (double share : shares) {
            total += share;
        }
        double x = random.nextDouble() * total;
        for (int k = 0; k < shares.length; k++) {
            x -= shares[k];
            if (x < 0) {
                return k;
            }
        }
        return shares.length - 1;
    }
}
