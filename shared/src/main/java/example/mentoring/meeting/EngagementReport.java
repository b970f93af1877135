package example.mentoring.meeting;

import example.mentoring.match.Competency;
import example.mentoring.match.Match;
import example.mentoring.match.MatchStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a cohort's pairs are doing, computed from the per-match summaries (never from the meetings
 * themselves): per match its meetings, minutes, last meeting and activities; the matches with no
 * meeting in {@link #QUIET_DAYS} days (active ones only); cohort totals; and per competency area,
 * how many pairs set a goal in it.
 */
public record EngagementReport(String cohortId, LocalDate asOf, Totals totals, List<PairEngagement> matches,
                               List<QuietPair> quiet, Map<Competency, Integer> competencies) {

    public static final int QUIET_DAYS = 45;
    static final double DAYS_PER_MONTH = 365.25 / 12;

    public record PairEngagement(String matchId, String mentorName, String menteeName, LocalDate startsOn,
                                 MatchStatus status, int meetings, int minutes, LocalDate lastMeetingOn,
                                 Map<String, Integer> activityCounts, int goalsSet, int goalsDone,
                                 List<Competency> competencies) {
    }

    public record QuietPair(String matchId, String mentorName, String menteeName, LocalDate lastMeetingOn,
                            long daysSinceLastMeeting) {
    }

    /**
     * @param meetingsPerPairPerMonth all meetings over all pair-months elapsed since each match started
     * @param shareOfPairsActive      the share of pairs that met within the last 45 days
     */
    public record Totals(int pairs, int meetings, int minutes, double meetingsPerPairPerMonth, double shareOfPairsActive) {
    }

    public static EngagementReport of(String cohortId, List<Match> matches, Map<String, MatchEngagement> engagement,
                                      LocalDate today) {
        List<PairEngagement> pairs = matches.stream()
                .sorted(Comparator.comparing(Match::matchId))
                .map(m -> {
                    MatchEngagement e = engagement.getOrDefault(m.matchId(), MatchEngagement.none(m.matchId()));
                    return new PairEngagement(m.matchId(), m.mentorName(), m.menteeName(), m.startsOn(), m.status(),
                            e.meetings(), e.minutes(), e.lastMeetingOn().orElse(null), e.activityCounts(),
                            m.goals().size(), (int) m.goalsDone(), competenciesOf(m));
                }).toList();
        List<QuietPair> quiet = matches.stream()
                .sorted(Comparator.comparing(Match::matchId))
                .filter(Match::isActive) // an ended or completed pair is not expected to meet
                .filter(m -> engagement.getOrDefault(m.matchId(), MatchEngagement.none(m.matchId()))
                        .isQuiet(m.startsOn(), today, QUIET_DAYS))
                .map(m -> {
                    LocalDate last = engagement.getOrDefault(m.matchId(), MatchEngagement.none(m.matchId()))
                            .lastMeetingOn().orElse(null);
                    return new QuietPair(m.matchId(), m.mentorName(), m.menteeName(), last,
                            ChronoUnit.DAYS.between(last == null ? m.startsOn() : last, today));
                }).toList();
        int meetings = pairs.stream().mapToInt(PairEngagement::meetings).sum();
        int minutes = pairs.stream().mapToInt(PairEngagement::minutes).sum();
        double pairMonths = matches.stream()
                .mapToDouble(m -> Math.max(1, ChronoUnit.DAYS.between(m.startsOn(), today)) / DAYS_PER_MONTH).sum();
        long active = pairs.stream().filter(p -> p.lastMeetingOn() != null
                && !p.lastMeetingOn().isBefore(today.minusDays(QUIET_DAYS))).count();
        Totals totals = new Totals(pairs.size(), meetings, minutes,
                pairMonths == 0 ? 0 : round(meetings / pairMonths), pairs.isEmpty() ? 0 : round((double) active / pairs.size()));
        return new EngagementReport(cohortId, today, totals, pairs, quiet, competencies(matches));
    }

    /** How many pairs have a goal in each competency area (every area listed, in the API's order). */
    static Map<Competency, Integer> competencies(List<Match> matches) {
        Map<Competency, Integer> pairs = new EnumMap<>(Competency.class);
        for (Competency competency : Competency.values()) {
            pairs.put(competency, 0);
        }
        matches.forEach(match -> competenciesOf(match).forEach(competency -> pairs.merge(competency, 1, Integer::sum)));
        return pairs;
    }

    /** The areas a pair's goals work on, each once, in the API's order. */
    static List<Competency> competenciesOf(Match match) {
        return match.goals().stream().flatMap(goal -> goal.competency().stream()).distinct().sorted().toList();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
