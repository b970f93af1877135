package example.mentoring.matchengine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Eligibility and score of every (mentor, mentee) pair, over participants encoded as primitive arrays.
 * {@link #score} is called tens of millions of times for a large cohort, so it touches ints and longs only.
 *
 * <p>Indices are positions in the lists given to the constructor (the engine passes them sorted by id).
 */
public final class PairScorer {
    public static final int INELIGIBLE = -1;

    private static final int PREF_ANY = 0;
    private static final int PREF_SAME = 1;
    private static final int PREF_DIFFERENT = 2;
    /** Gender code meaning "never counts as the same gender". */
    private static final int GENDER_UNCOUNTED = -1;
    private static final Set<String> UNCOUNTED = Set.of("PREFER_NOT_TO_SAY", "SELF_DESCRIBED");

    private final List<Participant> mentorList;
    private final List<Participant> menteeList;
    private final Weights weights;
    private final int interestWords;
    private final int raceWords;

    private final Encoded mentor;
    private final Encoded mentee;
    private final int[] regionPref;
    private final boolean[] wantsSameGender;
    private final boolean[] wantsSharedBackground;
    /** Per mentee: sorted mentor indices excluded by the coordinator, or null (the common case). */
    private final int[][] excludedMentors;
    private final int maxPairScore;

    /** Encoded attributes of one side; the masks hold {@code words} longs per participant. */
    private record Encoded(int[] email, int[] institution, int[] region, int[] libraryType, int[] gender,
                           int[] years, long[] interests, long[] race) {
    }

    /** @param excluded pairs as {@code (long) menteeIndex << 32 | mentorIndex} */
    public PairScorer(List<Participant> mentors, List<Participant> mentees, Weights weights, Set<Long> excluded) {
        this.mentorList = List.copyOf(mentors);
        this.menteeList = List.copyOf(mentees);
        this.weights = weights;

        TokenCodes emails = new TokenCodes();
        TokenCodes institutions = new TokenCodes();
        TokenCodes values = new TokenCodes();
        TokenCodes interests = new TokenCodes();
        TokenCodes races = new TokenCodes();
        for (List<Participant> side : List.of(mentorList, menteeList)) {
            for (Participant p : side) {
                interests.registerAll(interestTokens(p));
                races.registerAll(raceTokens(p));
            }
        }
        interestWords = TokenCodes.words(interests.size());
        raceWords = TokenCodes.words(races.size());
        mentor = encode(mentorList, emails, institutions, values, interests, races);
        mentee = encode(menteeList, emails, institutions, values, interests, races);

        int n = menteeList.size();
        regionPref = new int[n];
        wantsSameGender = new boolean[n];
        wantsSharedBackground = new boolean[n];
        int maxInterests = 0;
        for (int e = 0; e < n; e++) {
            Preferences pref = menteeList.get(e).preferences();
            regionPref[e] = switch (pref.region()) {
                case Preferences.SAME -> PREF_SAME;
                case Preferences.DIFFERENT -> PREF_DIFFERENT;
                default -> PREF_ANY;
            };
            wantsSameGender[e] = Preferences.SAME.equals(pref.gender());
            wantsSharedBackground[e] = Preferences.SHARED.equals(pref.raceEthnicity());
            maxInterests = Math.max(maxInterests, interestTokens(menteeList.get(e)).size());
        }
        excludedMentors = new int[n][];
        for (long pair : excluded) {
            int e = (int) (pair >>> 32);
            int m = (int) pair;
            int[] old = excludedMentors[e] == null ? new int[0] : excludedMentors[e];
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = m;
            Arrays.sort(grown);
            excludedMentors[e] = grown;
        }
        long bound = (long) weights.sharedInterest() * maxInterests + weights.region() + weights.gender()
                + weights.raceEthnicity() + weights.libraryType() + weights.experienceGap();
        maxPairScore = Math.toIntExact(bound);
    }

    private static Encoded encode(List<Participant> side, TokenCodes emails, TokenCodes institutions,
                                  TokenCodes values, TokenCodes interests, TokenCodes races) {
        int n = side.size();
        int iw = TokenCodes.words(interests.size());
        int rw = TokenCodes.words(races.size());
        Encoded enc = new Encoded(new int[n], new int[n], new int[n], new int[n], new int[n], new int[n],
                new long[n * iw], new long[n * rw]);
        for (int i = 0; i < n; i++) {
            Participant p = side.get(i);
            enc.email[i] = emails.codeOrUnique(TokenCodes.lower(p.email()));
            enc.institution[i] = institutions.codeOrUnique(TokenCodes.institution(p.institution()));
            enc.region[i] = values.codeOrMissing(TokenCodes.upper(p.region()));
            enc.libraryType[i] = values.codeOrMissing(TokenCodes.upper(p.libraryType()));
            String gender = TokenCodes.upper(p.gender());
            enc.gender[i] = gender == null || UNCOUNTED.contains(gender) ? GENDER_UNCOUNTED
                    : values.codeOrMissing(gender);
            enc.years[i] = p.yearsExperience();
            interests.writeMask(interestTokens(p), enc.interests, i * iw);
            races.writeMask(raceTokens(p), enc.race, i * rw);
        }
        return enc;
    }

    /** Normalised, de-duplicated interests in the participant's own order. */
    private static List<String> interestTokens(Participant p) {
        Set<String> seen = new HashSet<>();
        List<String> tokens = new ArrayList<>();
        for (String interest : p.interests()) {
            String token = TokenCodes.lower(interest);
            if (token != null && seen.add(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static List<String> raceTokens(Participant p) {
        List<String> tokens = new ArrayList<>();
        for (String category : p.raceEthnicity()) {
            String token = TokenCodes.upper(category);
            if (token != null && !UNCOUNTED.contains(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    public int mentorCount() {
        return mentorList.size();
    }

    public int menteeCount() {
        return menteeList.size();
    }

    /** No pair scores more than this; lets the solver weigh one extra match above any score difference. */
    public int maxPairScore() {
        return maxPairScore;
    }

    /** Different people from different institutions, not excluded by the coordinator. */
    public boolean eligible(int menteeIndex, int mentorIndex) {
        return mentee.email[menteeIndex] != mentor.email[mentorIndex]
                && mentee.institution[menteeIndex] != mentor.institution[mentorIndex]
                && (excludedMentors[menteeIndex] == null
                || Arrays.binarySearch(excludedMentors[menteeIndex], mentorIndex) < 0);
    }

    /** Score of an eligible pair, {@link #INELIGIBLE} otherwise. The hot path of the whole engine. */
    public int score(int menteeIndex, int mentorIndex) {
        return eligible(menteeIndex, mentorIndex) ? rawScore(menteeIndex, mentorIndex) : INELIGIBLE;
    }

    /**
     * Scores of one mentee against every mentor into {@code out} ({@link #INELIGIBLE} where not eligible): the
     * bulk form of {@link #score}, one tight loop over flat arrays, used for the passes over all pairs.
     */
    public void scoreRow(int e, int[] out) {
        int mentors = mentor.email.length;
        if (interestWords != 1 || raceWords != 1) {
            for (int m = 0; m < mentors; m++) {
                out[m] = score(e, m);
            }
            return;
        }
        final int email = mentee.email[e];
        final int institution = mentee.institution[e];
        final long interests = mentee.interests[e];
        final long race = wantsSharedBackground[e] ? mentee.race[e] : 0L;
        final int libraryType = mentee.libraryType[e] >= 0 ? mentee.libraryType[e] : Integer.MIN_VALUE;
        final int gender = wantsSameGender[e] && mentee.gender[e] != GENDER_UNCOUNTED ? mentee.gender[e]
                : Integer.MIN_VALUE;
        final int region = mentee.region[e];
        final int sameRegion = regionPref[e] == PREF_SAME && region >= 0 ? region : Integer.MIN_VALUE;
        final boolean differentRegion = regionPref[e] == PREF_DIFFERENT && region >= 0;
        final int seniorFrom = mentee.years[e] + 3;
        final int wInterest = weights.sharedInterest();
        final int wRegion = weights.region();
        final int wGender = weights.gender();
        final int wRace = weights.raceEthnicity();
        final int wType = weights.libraryType();
        final int wGap = weights.experienceGap();
        final int[] mEmail = mentor.email;
        final int[] mInstitution = mentor.institution;
        final long[] mInterests = mentor.interests;
        final long[] mRace = mentor.race;
        final int[] mType = mentor.libraryType;
        final int[] mGender = mentor.gender;
        final int[] mRegion = mentor.region;
        final int[] mYears = mentor.years;
        for (int m = 0; m < mentors; m++) {
            int r = mRegion[m];
            int score = wInterest * Long.bitCount(interests & mInterests[m])
                    + (mType[m] == libraryType ? wType : 0)
                    + (mYears[m] >= seniorFrom ? wGap : 0)
                    + (mGender[m] == gender ? wGender : 0)
                    + ((mRace[m] & race) != 0 ? wRace : 0)
                    + (r == sameRegion || (differentRegion && r >= 0 && r != region) ? wRegion : 0);
            out[m] = mEmail[m] == email || mInstitution[m] == institution ? INELIGIBLE : score;
        }
        if (excludedMentors[e] != null) {
            for (int m : excludedMentors[e]) {
                out[m] = INELIGIBLE;
            }
        }
    }

    /** Score ignoring eligibility (locked pairs are scored even if a coordinator paired colleagues). */
    public int rawScore(int e, int m) {
        return weights.sharedInterest() * sharedInterestCount(e, m)
                + (regionMatches(e, m) ? weights.region() : 0)
                + (genderMatches(e, m) ? weights.gender() : 0)
                + (backgroundShared(e, m) ? weights.raceEthnicity() : 0)
                + (mentee.libraryType[e] >= 0 && mentee.libraryType[e] == mentor.libraryType[m]
                ? weights.libraryType() : 0)
                + (mentor.years[m] >= mentee.years[e] + 3 ? weights.experienceGap() : 0);
    }

    private int sharedInterestCount(int e, int m) {
        int count = 0;
        for (int w = 0; w < interestWords; w++) {
            count += Long.bitCount(mentee.interests[e * interestWords + w] & mentor.interests[m * interestWords + w]);
        }
        return count;
    }

    private boolean regionMatches(int e, int m) {
        int a = mentee.region[e];
        int b = mentor.region[m];
        return switch (regionPref[e]) {
            case PREF_SAME -> a >= 0 && a == b;
            case PREF_DIFFERENT -> a >= 0 && b >= 0 && a != b;
            default -> false;
        };
    }

    private boolean genderMatches(int e, int m) {
        return wantsSameGender[e] && mentee.gender[e] != GENDER_UNCOUNTED && mentee.gender[e] == mentor.gender[m];
    }

    private boolean backgroundShared(int e, int m) {
        if (!wantsSharedBackground[e]) {
            return false;
        }
        for (int w = 0; w < raceWords; w++) {
            if ((mentee.race[e * raceWords + w] & mentor.race[m * raceWords + w]) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Human reasons for {@link #rawScore}: one line per component that scored, each ending in "(+N)", the Ns
     * adding up to the score. Demographic categories are never named.
     */
    public List<String> reasons(int e, int m) {
        List<String> reasons = new ArrayList<>();
        Participant mentorP = mentorList.get(m);
        Participant menteeP = menteeList.get(e);
        int shared = sharedInterestCount(e, m);
        if (shared > 0 && weights.sharedInterest() > 0) {
            Set<String> mentorInterests = new HashSet<>(interestTokens(mentorP));
            List<String> names = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String interest : menteeP.interests()) {
                String token = TokenCodes.lower(interest);
                if (token != null && mentorInterests.contains(token) && seen.add(token)) {
                    names.add(interest.trim());
                }
            }
            reasons.add(shared + (shared == 1 ? " shared interest: " : " shared interests: ")
                    + String.join(", ", names) + points(shared * weights.sharedInterest()));
        }
        if (regionMatches(e, m) && weights.region() > 0) {
            String how = regionPref[e] == PREF_SAME ? "same" : "different";
            reasons.add(how + " region as requested" + points(weights.region()));
        }
        if (genderMatches(e, m) && weights.gender() > 0) {
            reasons.add("same gender as requested" + points(weights.gender()));
        }
        if (backgroundShared(e, m) && weights.raceEthnicity() > 0) {
            reasons.add("shared background as requested" + points(weights.raceEthnicity()));
        }
        if (mentee.libraryType[e] >= 0 && mentee.libraryType[e] == mentor.libraryType[m] && weights.libraryType() > 0) {
            reasons.add("same library type" + points(weights.libraryType()));
        }
        int gap = mentor.years[m] - mentee.years[e];
        if (gap >= 3 && weights.experienceGap() > 0) {
            reasons.add("mentor has " + gap + " more years of experience" + points(weights.experienceGap()));
        }
        return reasons;
    }

    private static String points(int points) {
        return " (+" + points + ")";
    }
}
